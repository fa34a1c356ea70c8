package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a heading line in a plain-text file: a title, not a sentence.
const (
	maxHeadingRunes = 80
	maxHeadingWords = 12
)

// ParseText parses one plain-text knowledge file, such as an article pasted from the clinic's website;
// path names it in errors and in Document.Path. It may start with the same front matter as Markdown.
//
// Blank lines separate blocks. The rules, applied in order to each block:
//
//   - A question-answer pair is a block whose first line ends in "?" or "؟" and has more lines: the
//     first line is the question, the others its answer. A block may hold several pairs in a row (a
//     question line after an answer line starts the next pair). Pairs become FAQs, not sections.
//   - A heading is a short line (≤ 80 characters, ≤ 12 words) standing alone as its own block, not
//     ending in sentence punctuation (. , ، : ; ؛ !), with a block after it. A short lone line ending in
//     "?" or "؟" is a question-shaped heading if a paragraph follows it («كيف يتم العلاج؟»);
//     otherwise it is a paragraph.
//   - Under a FAQ heading (أسئلة شائعة, FAQ, …), a question-shaped heading is a FAQ question instead,
//     answered by the paragraphs after it; the paragraphs after a question-answer block continue its
//     answer there too (elsewhere a pair's answer is just its own lines). A lone question there with
//     no paragraph after it is an error: "question … has no answer".
//   - Every other block is a paragraph, or a list when its lines start with "-", "*", "•" or "1." /
//     "1)"; indented items nest under the item above them.
//
// Headings are level 2. A heading directly followed by another (non-question) heading is a parent:
// it stays level 2 and the plain headings after it are level 3 until a question-shaped heading, a FAQ
// heading or the next parent, which are level 2 again. So «خدماتنا العلاجية»
// followed by «علاج الألم المزمن» is a level-2 section without text of its own, and the
// treatments under it are level 3.
//
// A short line written straight above its text, with no blank line between, is that text's own heading
// (Block.Lead) when it ends no sentence, asks nothing, and stands over a list or over a line at least
// twice its length («خطوات الزراعة» over «تبدأ بفحص سريري…»); it is no section of its own, so the
// section's other paragraphs stay with it. Outside a FAQ part only: there, lines after a question are
// its answer.
//
// Text before the first heading is a level-0 section titled with the document title: the front
// matter's title, else the first heading that is not a question or a FAQ heading, else the file name.
// A heading whose whole content became FAQ pairs is not a section; the pairs carry its title.
// Lines separated by a single line break are one paragraph (joined by a space), so a heading must
// have a blank line after it. Blocks without a letter or digit ("-----", "***") are decoration and skipped.
// CRLF or CR line endings, a UTF-8 byte order mark, trailing white space and a missing final newline
// make no difference.
func ParseText(path string, data []byte) (*Document, error) {
	ps := &problems{file: path}
	src := prepare(path, data, ps)
	if src == nil {
		return nil, ps.err()
	}
	b := newBuilder(src, ps)
	parseTextBlocks(splitBlocks(string(src.body), src.bodyLine), b)
	doc := b.finish(src)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// txtBlock is a run of non-blank lines.
type txtBlock struct {
	lines []string // right-trimmed, leading indentation kept
	line  int      // file line of the first
}

// splitBlocks cuts text into blank-line separated blocks, dropping decoration-only blocks such as
// "-----" or "***" that hold no letter or digit.
func splitBlocks(text string, firstLine int) []txtBlock {
	var out []txtBlock
	var cur *txtBlock
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimRightFunc(l, isSpaceOrFormat)
		if strings.TrimFunc(l, isSpaceOrFormat) == "" {
			cur = nil
			continue
		}
		if cur == nil {
			out = append(out, txtBlock{line: firstLine + i})
			cur = &out[len(out)-1]
		}
		cur.lines = append(cur.lines, l)
	}
	kept := out[:0]
	for _, b := range out {
		if strings.ContainsFunc(strings.Join(b.lines, ""), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			kept = append(kept, b)
		}
	}
	return kept
}

type blockShape int

const (
	shapePlain    blockShape = iota // paragraph or list
	shapeHeading                    // short lone line
	shapeQuestion                   // short lone line ending in ? or ؟
	shapeQA                         // question line followed by answer lines
)

func shapeOf(b txtBlock) blockShape {
	first := b.lines[0]
	if isListLine(first) {
		return shapePlain
	}
	if len(b.lines) > 1 {
		if isQuestion(first) {
			return shapeQA
		}
		return shapePlain
	}
	if !isShort(first) {
		return shapePlain
	}
	t := collapse(first)
	if isQuestion(t) {
		return shapeQuestion
	}
	if endsSentence(t) {
		return shapePlain
	}
	return shapeHeading
}

// isShort says whether a line, once its white space is collapsed, is at most maxHeadingRunes runes and
// maxHeadingWords words long. It stops early: most lines are long paragraphs.
func isShort(l string) bool {
	l = strings.TrimFunc(l, isSpaceOrFormat)
	runes, words, inSpace := 0, 1, false
	for _, r := range l {
		if unicode.IsSpace(r) {
			inSpace = true
			continue
		}
		if inSpace {
			words++
			runes++ // the one space collapse keeps
			inSpace = false
		}
		runes++
		if runes > maxHeadingRunes || words > maxHeadingWords {
			return false
		}
	}
	return true
}

// endsSentence says whether s ends in punctuation that a title does not end in.
func endsSentence(s string) bool {
	return strings.ContainsRune(".,،:;؛!…", lastRune(s))
}

func parseTextBlocks(blocks []txtBlock, b *builder) {
	shapes := make([]blockShape, len(blocks))
	for i, blk := range blocks {
		shapes[i] = shapeOf(blk)
	}
	// isHeading decides whether block i is a heading in the place it stands.
	isHeading := func(i int) bool {
		switch {
		case i < 0 || i+1 >= len(blocks):
			return false // nothing under it: a closing line, not a heading
		case shapes[i] == shapeHeading:
			return true
		case shapes[i] == shapeQuestion:
			return shapes[i+1] == shapePlain || (shapes[i+1] == shapeHeading && i+2 == len(blocks))
		}
		return false
	}
	inFAQ, inGroup := false, false
	for i, blk := range blocks {
		switch {
		case isHeading(i):
			title := collapse(blk.lines[0])
			question := shapes[i] == shapeQuestion
			if question && inFAQ {
				b.question(title, blk.line)
				continue
			}
			faq := !question && isFAQTitle(title)
			level := 2
			switch {
			case question || faq:
				inGroup = false
			case shapes[i+1] == shapeHeading && isHeading(i+1):
				inGroup = true // a parent of the headings that follow
			case inGroup:
				level = 3
			}
			if !question && !faq && b.first == "" {
				b.first = title
			}
			inFAQ = faq
			b.heading(level, title, blk.line)
		case inFAQ && shapes[i] == shapeQuestion:
			b.question(collapse(blk.lines[0]), blk.line) // unanswered: finish reports it
		case shapes[i] == shapeQA:
			textPairs(blk, b)
			if !inFAQ {
				b.endFAQ()
			}
		default:
			lines, line, lead := blk.lines, blk.line, ""
			if !inFAQ && leadHeading(lines) {
				lead, lines, line = collapse(lines[0]), lines[1:], line+1
			}
			for k, x := range linesToBlocks(lines, line) {
				if k == 0 && lead != "" {
					x.Lead, x.Line = lead, blk.line
				}
				b.block(x)
			}
		}
	}
}

// leadHeading says whether the first of a block's lines is a heading written straight above its
// text, with no blank line between («خطوات الزراعة» over «تبدأ بفحص سريري…»): a short line that
// ends no sentence and asks nothing, over a list or over a line at least twice its length. A
// paragraph broken into lines of about the same length is text throughout.
func leadHeading(lines []string) bool {
	if len(lines) < 2 || isListLine(lines[0]) || !isShort(lines[0]) {
		return false
	}
	t := collapse(lines[0])
	if t == "" || isQuestion(t) || endsSentence(t) {
		return false
	}
	return isListLine(lines[1]) || 2*utf8.RuneCountInString(t) <= utf8.RuneCountInString(collapse(lines[1]))
}

// textPairs reads the question-answer pairs of one block.
func textPairs(blk txtBlock, b *builder) {
	start := 0
	for k := 1; k <= len(blk.lines); k++ {
		// A question line after at least one answer line, with an answer of its own, starts a new pair.
		next := k < len(blk.lines) && k-start >= 2 && k+1 < len(blk.lines) &&
			isQuestion(blk.lines[k]) && !isListLine(blk.lines[k])
		if k < len(blk.lines) && !next {
			continue
		}
		b.question(collapse(blk.lines[start]), blk.line+start)
		for _, x := range linesToBlocks(blk.lines[start+1:k], blk.line+start+1) {
			b.answer(x)
		}
		start = k
	}
}

// linesToBlocks turns the lines of one block into paragraphs and lists: runs of list lines (with their
// indented continuation lines) are lists, other runs are paragraphs joined by spaces.
func linesToBlocks(lines []string, firstLine int) []Block {
	var out []Block
	for i := 0; i < len(lines); {
		j := i + 1
		if isListLine(lines[i]) {
			for j < len(lines) && (isListLine(lines[j]) || indentOf(lines[j]) > 0) {
				j++
			}
			if blk, ok := listBlock(textList(lines[i:j]), firstLine+i); ok {
				out = append(out, blk)
			}
		} else {
			for j < len(lines) && !isListLine(lines[j]) {
				j++
			}
			var words []string
			for _, l := range lines[i:j] {
				if l = collapse(l); l != "" {
					words = append(words, l)
				}
			}
			if len(words) > 0 {
				out = append(out, Block{Kind: Paragraph, Text: strings.Join(words, " "), Line: firstLine + i})
			}
		}
		i = j
	}
	return out
}

// textList nests list lines by their indentation.
func textList(lines []string) []listItem {
	type flat struct {
		depth int
		text  string
	}
	var items []flat
	var indents []int
	for _, l := range lines {
		marker, rest := listMarker(l)
		if marker == "" { // an indented continuation of the item above
			if len(items) > 0 {
				items[len(items)-1].text += " " + collapse(l)
			}
			continue
		}
		d := indentOf(l)
		for len(indents) > 0 && indents[len(indents)-1] > d {
			indents = indents[:len(indents)-1]
		}
		if len(indents) == 0 || indents[len(indents)-1] < d {
			indents = append(indents, d)
		}
		items = append(items, flat{depth: len(indents) - 1, text: rest})
	}
	// build turns items[i:] at the given depth into a tree, returning where it stopped.
	var build func(i, depth int) ([]listItem, int)
	build = func(i, depth int) ([]listItem, int) {
		var out []listItem
		for i < len(items) && items[i].depth >= depth {
			if items[i].depth > depth { // deeper than expected: attach to the previous item
				var kids []listItem
				kids, i = build(i, items[i].depth)
				if len(out) == 0 {
					out = append(out, listItem{})
				}
				out[len(out)-1].children = append(out[len(out)-1].children, kids...)
				continue
			}
			out = append(out, listItem{text: items[i].text})
			i++
		}
		return out, i
	}
	tree, _ := build(0, 0)
	return tree
}

// indentOf counts leading white space, a tab as four columns.
func indentOf(l string) int {
	n := 0
	for _, r := range l {
		switch {
		case r == '\t':
			n += 4
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			n++
		default:
			return n
		}
	}
	return n
}

func isListLine(l string) bool {
	m, _ := listMarker(l)
	return m != ""
}

// listMarker splits a list line into its marker ("-", "*", "•", "1.", "١)") and its text.
func listMarker(l string) (marker, rest string) {
	t := strings.TrimLeftFunc(l, isSpaceOrFormat)
	for _, m := range []string{"-", "*", "•", "·", "–"} {
		if after, ok := strings.CutPrefix(t, m); ok && (after == "" || startsSpace(after)) {
			return m, collapse(after)
		}
	}
	digits := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) })
	if digits > 0 && digits <= 9 {
		if after := t[digits:]; (strings.HasPrefix(after, ".") || strings.HasPrefix(after, ")")) && startsSpace(after[1:]) {
			return t[:digits+1], collapse(after[1:])
		}
	}
	return "", ""
}

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
