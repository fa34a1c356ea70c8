package knowledge

import (
	"embed"
	"io/fs"
)

// kb is the clinic's knowledge base, built into the binary so it is the whole deployment.
//
//go:embed kb
var kb embed.FS

// Default returns the embedded knowledge base, with the kb folder as its root; pass it to Load.
func Default() fs.FS {
	sub, err := fs.Sub(kb, "kb")
	if err != nil {
		panic(err) // cannot happen: "kb" is a valid path embedded above
	}
	return sub
}
