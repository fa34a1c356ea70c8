package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval"
	"github.com/faqbot/faqbot/knowledge"
)

// kbFlag registers --kb on fs, defaulting to $FAQBOT_KB; empty means the embedded knowledge base.
func kbFlag(fs *flag.FlagSet, c *cli) *string {
	return fs.String("kb", c.getenv("FAQBOT_KB"), "knowledge base `folder` (default: the embedded one; env FAQBOT_KB)")
}

// openIndex loads and indexes the knowledge base in dir (empty: the embedded one). Its errors list
// every problem as file:line.
func openIndex(dir string) (*knowledge.Index, error) {
	if dir == "" {
		return knowledge.Open(knowledge.Default())
	}
	// os.DirFS reports a missing folder as "stat .": name the folder the operator gave.
	switch fi, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("--kb (FAQBOT_KB) %s: no such folder", dir)
	case err != nil:
		return nil, fmt.Errorf("--kb (FAQBOT_KB): %w", err)
	case !fi.IsDir():
		return nil, fmt.Errorf("--kb (FAQBOT_KB) %s: not a folder", dir)
	case eval.IsClinicDir(dir):
		// Loading it would index the writers' notes on the sealed cases as pages, and answer from them.
		return nil, fmt.Errorf("--kb (FAQBOT_KB) %s is an eval clinic folder (labelled cases, notes): point it at %s, or leave it unset for the embedded pages",
			dir, filepath.Join(dir, "kb"))
	}
	return knowledge.Open(os.DirFS(dir))
}

// loadEngine loads the knowledge base in dir (empty: embedded) and builds the answer engine.
func loadEngine(dir string, cfg bot.Config) (*bot.Engine, error) {
	ix, err := openIndex(dir)
	if err != nil {
		return nil, err
	}
	return bot.NewEngine(ix, cfg), nil
}
