package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileSize bounds one knowledge file; the clinic's articles are a few kilobytes.
const MaxFileSize = 4 << 20

// Load reads every knowledge document in fsys (see Default for the embedded one).
//
// # The knowledge folder
//
// Every *.md (Markdown, see ParseMarkdown) and *.txt (plain text, see ParseText) file in the folder and
// its sub-folders is one document, read in path order. Skipped: lexicon.txt (the synonym lexicon, read
// separately), redflags.txt (the clinic's red flags, clinic.go), README.md, and every file or folder whose name starts with "." or "_".
//
// # Front matter
//
// Both kinds of file may start with Jekyll-style YAML front matter between two "---" lines:
//
//	---
//	title: العناية بعد العملية             # the document title
//	lang: ar                               # default "ar"
//	page_id: botulinum-treatment           # the document id; default: the file name without extension
//	questions:                             # other ways patients ask what the whole document answers
//	  - وش اسوي بعد العملية؟
//	sections:                              # alternate questions per section, keyed by heading title
//	  "التعافي":
//	    questions:
//	      - متى ارجع للدوام؟
//	---
//
// Other keys (caption, image, alt, …) belong to the website and are ignored. A sections key that names
// no heading of the document is an error, so a renamed heading cannot silently orphan its questions.
//
// # Errors
//
// Load reports every problem of every file, not just the first, as a *LoadError whose Error prints one
// "file:line: message" per line. Two documents with the same id, and a folder without documents, are
// errors too. On error Load returns no documents.
func Load(fsys fs.FS) ([]*Document, error) {
	all := &problems{file: "."}
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			all.list = append(all.list, Problem{File: p, Msg: err.Error()})
			return nil
		}
		name := d.Name()
		if p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isKnowledgeFile(name) {
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		all.add(0, "%v", err)
	}
	slices.Sort(paths)

	var docs []*Document
	firstByID := map[string]*Document{}
	for _, p := range paths {
		doc, err := loadFile(fsys, p)
		if err != nil {
			all.list = append(all.list, problemsOf(p, err)...)
			continue
		}
		if first, ok := firstByID[doc.ID]; ok {
			all.list = append(all.list, Problem{File: p, Line: doc.idLine,
				Msg: fmt.Sprintf("document id %q is already used by %s", doc.ID, first.Path)})
			continue
		}
		firstByID[doc.ID] = doc
		docs = append(docs, doc)
	}
	if len(paths) == 0 && len(all.list) == 0 {
		all.add(0, "no knowledge documents (*.md or *.txt files)")
	}
	if err := all.err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// isKnowledgeFile says whether a file name is a document Load reads.
func isKnowledgeFile(name string) bool {
	switch ext := strings.ToLower(path.Ext(name)); {
	case strings.EqualFold(name, LexiconFile), strings.EqualFold(name, RedFlagsFile), strings.EqualFold(name, "README.md"):
		return false
	default:
		return ext == ".md" || ext == ".txt"
	}
}

func loadFile(fsys fs.FS, p string) (*Document, error) {
	if info, err := fs.Stat(fsys, p); err == nil && info.Size() > MaxFileSize {
		return nil, &LoadError{Problems: []Problem{{File: p, Msg: fmt.Sprintf("file is larger than %d bytes", MaxFileSize)}}}
	}
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, &LoadError{Problems: []Problem{{File: p, Msg: err.Error()}}}
	}
	if strings.EqualFold(path.Ext(p), ".md") {
		return ParseMarkdown(p, data)
	}
	return ParseText(p, data)
}

// problemsOf unpacks a parser's error; any other error becomes one problem of the file.
func problemsOf(file string, err error) []Problem {
	var le *LoadError
	if errors.As(err, &le) {
		return le.Problems
	}
	return []Problem{{File: file, Msg: err.Error()}}
}

// source is one file made ready for a parser: checked, normalized, its front matter read.
type source struct {
	path string
	// body is the text after the front matter, with "\n" line endings.
	body []byte
	// bodyLine is the file line of body's first line.
	bodyLine int
	fm       frontMatter
}

// frontMatter holds the keys of the YAML header that the knowledge base uses.
type frontMatter struct {
	title, lang, pageID string
	idLine              int // file line of page_id, for duplicate-id errors
	questions           []string
	sections            []sectionQuestions
}

// sectionQuestions are the alternate questions the front matter gives one heading.
type sectionQuestions struct {
	title     string
	line      int
	questions []string
}

// prepare checks data and splits off its front matter. Problems are added to ps; on any, it returns nil.
func prepare(p string, data []byte, ps *problems) *source {
	if len(data) > MaxFileSize {
		ps.add(0, "file is larger than %d bytes", MaxFileSize)
		return nil
	}
	data = normalize(data)
	if len(bytes.TrimSpace(data)) == 0 {
		ps.add(1, "empty file")
		return nil
	}
	if line, msg := checkBytes(data); msg != "" {
		ps.add(line, "%s", msg)
		return nil
	}
	src := &source{path: p, body: data, bodyLine: 1}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if fence(lines[0]) != "---" {
		return src
	}
	off := len(lines[0])
	closing := 0
	for i := 1; i < len(lines) && closing == 0; i++ {
		if f := fence(lines[i]); f == "---" || f == "..." {
			closing = i
		} else {
			off += len(lines[i])
		}
	}
	if closing == 0 {
		ps.add(1, "front matter is not closed: no \"---\" line after the opening one")
		return nil
	}
	yamlText := data[len(lines[0]):off]
	src.body = data[off+len(lines[closing]):]
	src.bodyLine = closing + 2
	src.fm = parseFrontMatter(yamlText, 2, ps)
	if len(bytes.TrimSpace(src.body)) == 0 {
		ps.add(closing+1, "no text after the front matter")
	}
	if len(ps.list) > 0 {
		return nil
	}
	return src
}

// fence is a line without its line ending and trailing white space.
func fence(line []byte) string {
	return string(bytes.TrimRightFunc(line, unicode.IsSpace))
}

// normalize strips a UTF-8 byte order mark and turns CRLF and lone CR line endings into "\n".
func normalize(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// checkBytes finds the first NUL byte or invalid UTF-8 sequence, which mean the file is not text.
func checkBytes(data []byte) (line int, msg string) {
	for i := 0; i < len(data); {
		if data[i] == 0 {
			return 1 + bytes.Count(data[:i], []byte("\n")), "NUL byte: not a text file"
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return 1 + bytes.Count(data[:i], []byte("\n")), fmt.Sprintf("invalid UTF-8 (byte 0x%02x); save the file as UTF-8", data[i])
		}
		i += size
	}
	return 0, ""
}

var yamlLineRE = regexp.MustCompile(`^yaml: (line (\d+): )?(?s:(.*))$`)

// yamlParserProblems are the messages of yaml.v3's parser (as opposed to its scanner). v3.0.1 numbers
// the lines of these from 0, and leaves the line out when it is 0; scanner errors count from 1.
var yamlParserProblems = map[string]bool{
	"did not find expected ',' or ']'": true, "did not find expected ',' or '}'": true,
	"did not find expected '-' indicator": true, "did not find expected key": true,
	"did not find expected node content": true, "did not find expected <document start>": true,
	"did not find expected <stream-start>": true, "found undefined tag handle": true,
	"found duplicate %YAML directive": true, "found duplicate %TAG directive": true,
	"found incompatible YAML document": true,
}

// yamlErrorLine maps a yaml.v3 error message to a line of the file, the YAML text starting at
// file line firstLine. Errors without a line (unknown anchors, …) point at the opening "---".
func yamlErrorLine(msg string, firstLine int) int {
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return firstLine - 1
	}
	n, _ := strconv.Atoi(m[2]) // "" when yaml names no line
	switch {
	case yamlParserProblems[m[3]]:
		return firstLine + n
	case n > 0:
		return firstLine + n - 1
	}
	return firstLine - 1
}

// parseFrontMatter reads the YAML text whose first line is file line firstLine.
func parseFrontMatter(text []byte, firstLine int, ps *problems) (fm frontMatter) {
	var root yaml.Node
	if err := unmarshalYAML(text, &root); err != nil {
		ps.add(yamlErrorLine(err.Error(), firstLine), "front matter: %s", yamlLineRE.ReplaceAllString(err.Error(), "$3"))
		return fm
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return fm // empty front matter
	}
	m := root.Content[0]
	at := func(n *yaml.Node) int { return firstLine + n.Line - 1 }
	if m.Kind != yaml.MappingNode {
		ps.add(at(m), "front matter must be a YAML mapping of keys to values")
		return fm
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], deref(m.Content[i+1])
		switch k.Value {
		case "title", "lang", "page_id", "questions", "sections":
		default:
			continue // the website's keys
		}
		if prev, dup := seen[k.Value]; dup {
			ps.add(at(k), "front matter: %s is repeated (first at line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = at(k)
		switch k.Value {
		case "title":
			fm.title = scalar(v, "title", at, ps)
		case "lang":
			fm.lang = strings.ToLower(scalar(v, "lang", at, ps))
		case "page_id":
			fm.pageID, fm.idLine = scalar(v, "page_id", at, ps), at(k)
			if strings.ContainsFunc(fm.pageID, func(r rune) bool { return unicode.IsSpace(r) || r == '#' || r == '/' }) {
				ps.add(at(v), "front matter: page_id %q must not contain spaces, '#' or '/'", fm.pageID)
			}
		case "questions":
			fm.questions = questionList(v, "questions", at, ps)
		case "sections":
			fm.sections = sectionsMap(v, at, ps)
		}
	}
	return fm
}

// unmarshalYAML guards against a panic inside yaml.v3 (older releases had some on odd input):
// a knowledge file must never crash the server that loads it.
func unmarshalYAML(text []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: cannot parse: %v", r)
		}
	}()
	return yaml.Unmarshal(text, n)
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// scalar returns a scalar's text, collapsed to one line; null is "".
func scalar(v *yaml.Node, key string, at func(*yaml.Node) int, ps *problems) string {
	if v.Kind != yaml.ScalarNode {
		ps.add(at(v), "front matter: %s must be a single value", key)
		return ""
	}
	if v.Tag == "!!null" {
		return ""
	}
	return collapse(v.Value)
}

// questionList reads a list of questions (a single string is a list of one).
func questionList(v *yaml.Node, key string, at func(*yaml.Node) int, ps *problems) []string {
	var items []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil
		}
		items = []*yaml.Node{v}
	case yaml.SequenceNode:
		items = v.Content
	default:
		ps.add(at(v), "front matter: %s must be a list of questions", key)
		return nil
	}
	var qs []string
	for _, it := range items {
		it = deref(it)
		if it.Kind != yaml.ScalarNode {
			ps.add(at(it), "front matter: each of %s must be one line of text", key)
			continue
		}
		q := collapse(it.Value)
		if q == "" || it.Tag == "!!null" {
			ps.add(at(it), "front matter: empty question in %s", key)
			continue
		}
		qs = append(qs, q)
	}
	return qs
}

// sectionsMap reads `sections: {"Heading": {questions: [...]}}`.
func sectionsMap(v *yaml.Node, at func(*yaml.Node) int, ps *problems) []sectionQuestions {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		ps.add(at(v), "front matter: sections must map heading titles to {questions: [...]}")
		return nil
	}
	var out []sectionQuestions
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, sv := deref(v.Content[i]), deref(v.Content[i+1])
		title := ""
		if k.Kind == yaml.ScalarNode {
			title = collapse(k.Value)
		}
		if title == "" {
			ps.add(at(k), "front matter: sections: a heading title is empty or not text")
			continue
		}
		sq := sectionQuestions{title: title, line: at(k)}
		if sv.Kind != yaml.MappingNode {
			ps.add(at(sv), "front matter: sections: %q must hold questions: [...]", title)
			continue
		}
		for j := 0; j+1 < len(sv.Content); j += 2 {
			kk, vv := sv.Content[j], deref(sv.Content[j+1])
			if kk.Value != "questions" {
				ps.add(at(kk), "front matter: sections: %q: unknown key %q (want questions)", title, kk.Value)
				continue
			}
			sq.questions = append(sq.questions, questionList(vv, "sections: "+strconv.Quote(title)+": questions", at, ps)...)
		}
		out = append(out, sq)
	}
	return out
}

// Text helpers shared by both parsers.

// isSpaceOrFormat is white space or an invisible formatting mark (bidi marks, zero-width joiners,
// byte order marks), which Arabic editors leave at line ends.
func isSpaceOrFormat(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(strings.TrimFunc(s, isSpaceOrFormat)), " ")
}

// collapseLines collapses each line of s and drops empty lines, keeping deliberate line breaks.
func collapseLines(s string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// lastRune is the last visible rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isSpaceOrFormat))
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isQuestion says whether s ends with a question mark (Latin, Arabic or full-width).
func isQuestion(s string) bool {
	switch lastRune(s) {
	case '?', '؟', '？':
		return true
	}
	return false
}

// faqTitles are how the clinic names a FAQ heading, after foldArabic.
var faqTitles = []string{"اسئله شائعه", "الاسئله الشائعه", "اسئله متكرره", "الاسئله المتكرره", "frequently asked questions", "common questions"}

// isFAQTitle says whether a heading announces questions and answers.
func isFAQTitle(title string) bool {
	t := foldArabic(strings.ToLower(title))
	t = strings.Join(strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	for w := range strings.FieldsSeq(t) {
		if w == "faq" || w == "faqs" {
			return true
		}
	}
	for _, f := range faqTitles {
		if strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// foldArabic maps the letter variants writers use interchangeably (hamza forms of alif, ta marbuta,
// alif maqsura) to one form, for matching headings only.
var foldArabic = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ة", "ه", "ى", "ي").Replace

// listItem is one item of a list being rendered, with its nested items.
type listItem struct {
	text     string
	children []listItem
}

// listBlock renders items as a List block: "- item" lines, nested items indented by two spaces;
// Items holds each top-level item with its nested lines (dedented) below its own text.
// ok is false when the list holds no text.
func listBlock(items []listItem, line int) (b Block, ok bool) {
	items = liftEmpty(items)
	if len(items) == 0 {
		return Block{}, false
	}
	var lines []string
	b = Block{Kind: List, Line: line}
	for _, it := range items {
		lines = appendItemLines(lines, it, 0)
		own := []string{it.text}
		for _, c := range it.children {
			own = appendItemLines(own, c, 0)
		}
		b.Items = append(b.Items, strings.Join(own, "\n"))
	}
	b.Text = strings.Join(lines, "\n")
	return b, true
}

func appendItemLines(lines []string, it listItem, depth int) []string {
	lines = append(lines, strings.Repeat("  ", depth)+"- "+it.text)
	for _, c := range it.children {
		lines = appendItemLines(lines, c, depth+1)
	}
	return lines
}

// liftEmpty drops items without text, putting their nested items in their place.
func liftEmpty(items []listItem) []listItem {
	var out []listItem
	for _, it := range items {
		it.text = collapse(it.text)
		it.children = liftEmpty(it.children)
		if it.text == "" {
			out = append(out, it.children...)
			continue
		}
		out = append(out, it)
	}
	return out
}

// builder assembles a Document from the events both parsers produce in file order:
// headings, blocks, questions and their answers.
type builder struct {
	doc   *Document
	ps    *problems
	secs  []*sectionState
	cur   *sectionState
	faqs  []FAQ
	open  *FAQ     // the question whose answer is being read
	ans   []string // its answer blocks so far
	first string   // the first heading title fit to be the document title
}

type sectionState struct {
	Section
	preamble bool // the text before the first heading
	faqs     int  // question-answer pairs standing under this heading
}

func newBuilder(src *source, ps *problems) *builder {
	base := path.Base(src.path)
	doc := &Document{
		ID:        src.fm.pageID,
		Title:     src.fm.title,
		Lang:      src.fm.lang,
		Path:      src.path,
		Questions: src.fm.questions,
		idLine:    src.fm.idLine,
	}
	if doc.ID == "" {
		doc.ID = strings.TrimSuffix(base, path.Ext(base))
	}
	if doc.Lang == "" {
		doc.Lang = "ar"
	}
	return &builder{doc: doc, ps: ps}
}

func (b *builder) heading(level int, title string, line int) {
	b.endFAQ()
	b.cur = &sectionState{Section: Section{Title: title, Level: level, Line: line}}
	b.secs = append(b.secs, b.cur)
}

func (b *builder) block(blk Block) {
	if b.open != nil {
		b.answer(blk)
		return
	}
	if b.cur == nil {
		b.cur = &sectionState{Section: Section{Line: blk.Line}, preamble: true}
		b.secs = append(b.secs, b.cur)
	}
	b.cur.Blocks = append(b.cur.Blocks, blk)
}

func (b *builder) question(q string, line int) {
	b.endFAQ()
	f := &FAQ{Question: q, Line: line}
	if b.cur != nil && !b.cur.preamble {
		f.Section = b.cur.Title
		b.cur.faqs++
	}
	b.open = f
}

func (b *builder) answer(blk Block) {
	b.ans = append(b.ans, blk.Text)
}

func (b *builder) endFAQ() {
	if b.open == nil {
		return
	}
	if len(b.ans) == 0 {
		b.ps.add(b.open.Line, "question %q has no answer", b.open.Question)
	} else {
		b.open.Answer = strings.Join(b.ans, "\n\n")
		b.faqs = append(b.faqs, *b.open)
	}
	b.open, b.ans = nil, nil
}

// finish completes the document: title fallbacks, dropping headings whose whole content became FAQ pairs,
// ids, front matter questions, and the check that there is something to answer from.
func (b *builder) finish(src *source) *Document {
	b.endFAQ()
	doc := b.doc
	if doc.Title == "" {
		doc.Title = b.first
	}
	if doc.Title == "" {
		base := path.Base(src.path)
		doc.Title = strings.TrimSuffix(base, path.Ext(base))
	}
	hasText := len(b.faqs) > 0
	for _, s := range b.secs {
		if len(s.Blocks) == 0 && s.faqs > 0 {
			continue // a FAQ heading: its pairs carry its title
		}
		if s.preamble {
			s.Title = doc.Title
		}
		hasText = hasText || len(s.Blocks) > 0
		s.ID = "s" + strconv.Itoa(len(doc.Sections)+1)
		doc.Sections = append(doc.Sections, s.Section)
	}
	for i := range b.faqs {
		b.faqs[i].ID = "q" + strconv.Itoa(i+1)
	}
	doc.FAQs = b.faqs
	for _, sq := range src.fm.sections {
		found := false
		for i := range doc.Sections {
			if doc.Sections[i].Title == sq.title {
				doc.Sections[i].Questions = append(doc.Sections[i].Questions, sq.questions...)
				found = true
			}
		}
		if !found {
			b.ps.add(sq.line, "front matter: sections: no heading titled %q", sq.title)
		}
	}
	if !hasText {
		b.ps.add(src.bodyLine, "no text: the document has no paragraphs, lists or question-answer pairs")
	}
	return doc
}
