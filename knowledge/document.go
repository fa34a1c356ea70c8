package knowledge

import (
	"fmt"
	"strconv"
)

// BlockKind says what a Block holds.
type BlockKind int

const (
	// Paragraph is running text.
	Paragraph BlockKind = iota
	// List is a bullet list; its Text is rendered with "- " bullets, nested items indented by two spaces.
	List
)

// String names the kind as it appears in JSON: "paragraph" or "list".
func (k BlockKind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case List:
		return "list"
	}
	return "BlockKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText makes JSON dumps of documents (golden files, faqbot index) readable.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reverses MarshalText.
func (k *BlockKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "paragraph":
		*k = Paragraph
	case "list":
		*k = List
	default:
		return fmt.Errorf("knowledge: unknown block kind %q", b)
	}
	return nil
}

// Block is one paragraph or one list of a section, the unit answers are cut from.
type Block struct {
	Kind BlockKind
	// Text is plain text: Markdown emphasis and links reduced to their words.
	Text string
	// Items holds a list's top-level items, each with its nested items folded into its text.
	Items []string
	// Line is the 1-based line in the source file where the block starts.
	Line int
	// Lead is the heading a plain-text file writes on the line straight above the block's text, with
	// no blank line between («خطوات الزراعة» over «تبدأ بفحص سريري…», see ParseText); Text does not
	// hold it. It names what the block is about, not a section of its own: the section's other
	// blocks still go with it.
	Lead string `json:",omitempty"`
}

// Section is the text under one heading (or before the first heading).
type Section struct {
	// ID is unique within the document: "s1", "s2", … in file order.
	ID    string
	Title string
	// Level is the heading level (1–6); 0 for text before any heading.
	Level  int
	Blocks []Block
	// Questions are alternate phrasings that this section answers (front matter "questions").
	Questions []string
	Line      int
}

// FAQ is one question with its answer, as the clinic wrote it.
type FAQ struct {
	// ID is unique within the document: "q1", "q2", … in file order.
	ID       string
	Question string
	Answer   string
	// Section is the title of the heading the pair stands under, if any.
	Section string
	Line    int
}

// Document is one parsed knowledge file.
type Document struct {
	// ID is the front matter's page_id, else the file name without its extension.
	ID    string
	Title string
	// Lang is the front matter's lang, else "ar".
	Lang string
	// Path is the file's path inside the knowledge folder, used in error messages.
	Path string
	// Questions are alternate phrasings for the whole document (front matter "questions").
	Questions []string
	Sections  []Section
	FAQs      []FAQ

	// idLine is the file line of the front matter's page_id (0 without one), for duplicate-id errors.
	idLine int
}
