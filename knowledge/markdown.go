package knowledge

import (
	"bytes"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md is a CommonMark parser without extensions: the clinic's articles use headings, paragraphs,
// lists and emphasis only. goldmark parsers are safe for concurrent use.
var md = goldmark.New()

// ParseMarkdown parses one Markdown knowledge file; path names it in errors and in Document.Path.
//
// The document title is the front matter's title, else the first heading, else the file name.
// Each heading starts a Section (Level 1–6); text before the first heading is a level-0 section titled
// with the document title. Paragraphs become Paragraph blocks and bullet or numbered lists List blocks;
// emphasis, links and code are reduced to their words, images and raw HTML dropped.
//
// A heading whose title says FAQ (أسئلة شائعة, الأسئلة الشائعة, الأسئلة المتكررة, FAQ, …) opens a
// question-and-answer area that lasts until the next heading of the same or a higher level. In it, a
// deeper heading ending in "?" or "؟", or a paragraph that starts with a bold question
// ("**متى تظهر النتائج؟**"), asks a question; the blocks up to the next question or heading are its
// answer. The pairs become FAQs, not sections; the FAQ heading stays a section only if it has text of
// its own before the first question. A question without an answer is an error.
//
// Errors are a *LoadError naming the file and line of each problem (see Load for the front matter).
func ParseMarkdown(path string, data []byte) (*Document, error) {
	ps := &problems{file: path}
	src := prepare(path, data, ps)
	if src == nil {
		return nil, ps.err()
	}
	p := &mdParser{src: src.body, bodyLine: src.bodyLine, b: newBuilder(src, ps)}
	for i, c := range src.body {
		if c == '\n' {
			p.newlines = append(p.newlines, i)
		}
	}
	root := md.Parser().Parse(text.NewReader(src.body))
	p.blocks(root)
	doc := p.b.finish(src)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return doc, nil
}

type mdParser struct {
	src      []byte
	bodyLine int
	newlines []int // offsets of '\n' in src
	b        *builder
	faqLevel int // level of the FAQ heading whose area we are in; 0 outside one
}

// line converts a byte offset in the body to a 1-based line of the file.
func (p *mdParser) line(off int) int {
	return p.bodyLine + sort.SearchInts(p.newlines, off)
}

// nodeLine is the file line where n starts: its recorded position, else its first text line,
// else that of its first descendant that has one.
func (p *mdParser) nodeLine(n ast.Node) int {
	if off := n.Pos(); off >= 0 {
		return p.line(off)
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return p.line(n.Lines().At(0).Start)
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l := p.nodeLine(c); l > 0 {
			return l
		}
	}
	return 0
}

// blocks walks the block children of parent in order.
func (p *mdParser) blocks(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			p.heading(n)
		case *ast.Blockquote:
			p.blocks(n) // a quote's paragraphs are the clinic's text like any other
		case *ast.Paragraph, *ast.TextBlock:
			p.paragraph(n)
		case *ast.List:
			if blk, ok := listBlock(p.listItems(n), p.nodeLine(n)); ok {
				p.b.block(blk)
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			if t := p.codeText(n); t != "" {
				p.b.block(Block{Kind: Paragraph, Text: t, Line: p.nodeLine(n)})
			}
		}
		// HTML blocks, thematic breaks and link reference definitions hold no answer text.
	}
}

func (p *mdParser) heading(h *ast.Heading) {
	title := collapse(p.inline(h))
	if title == "" {
		return // a bare "#" marks nothing; its text stays with the section before
	}
	line := p.nodeLine(h)
	if p.faqLevel > 0 && h.Level <= p.faqLevel {
		p.faqLevel = 0
	}
	if p.faqLevel > 0 && isQuestion(title) {
		p.b.question(title, line)
		return
	}
	if p.faqLevel == 0 && isFAQTitle(title) {
		p.faqLevel = h.Level
	} else if p.b.first == "" {
		p.b.first = title
	}
	p.b.heading(h.Level, title, line)
}

func (p *mdParser) paragraph(n ast.Node) {
	line := p.nodeLine(n)
	if p.faqLevel > 0 {
		if strong, ok := n.FirstChild().(*ast.Emphasis); ok && strong.Level == 2 {
			if q := collapse(p.inline(strong)); isQuestion(q) {
				p.b.question(q, line)
				var rest strings.Builder
				for c := strong.NextSibling(); c != nil; c = c.NextSibling() {
					p.inlineTo(&rest, c)
				}
				if t := collapseLines(rest.String()); t != "" {
					p.b.answer(Block{Kind: Paragraph, Text: t, Line: line})
				}
				return
			}
		}
	}
	if t := collapseLines(p.inline(n)); t != "" {
		p.b.block(Block{Kind: Paragraph, Text: t, Line: line})
	}
}

// listItems converts a list's items; an item's paragraphs are joined into one line of text.
func (p *mdParser) listItems(l *ast.List) []listItem {
	var items []listItem
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		var li listItem
		var parts []string
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.List:
				li.children = append(li.children, p.listItems(c)...)
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				parts = append(parts, collapse(p.inline(c)))
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				parts = append(parts, collapse(p.codeText(c)))
			case *ast.Blockquote:
				parts = append(parts, collapse(p.plain(c)))
			}
		}
		li.text = strings.Join(parts, " ")
		items = append(items, li)
	}
	return items
}

// plain is the text of every paragraph under n, one per line.
func (p *mdParser) plain(n ast.Node) string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			out = append(out, p.inline(c))
		case *ast.List:
			if blk, ok := listBlock(p.listItems(c), 0); ok {
				out = append(out, blk.Text)
			}
		case *ast.Blockquote:
			out = append(out, p.plain(c))
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			out = append(out, p.codeText(c))
		}
	}
	return strings.Join(out, "\n")
}

func (p *mdParser) codeText(n ast.Node) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(p.src))
	}
	return collapseLines(b.String())
}

// inline returns the plain words of n's inline children: soft line breaks become spaces,
// hard line breaks newlines.
func (p *mdParser) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.inlineTo(&b, c)
	}
	return b.String()
}

func (p *mdParser) inlineTo(b *strings.Builder, n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(p.src)
		if !n.IsRaw() {
			v = util.UnescapePunctuations(v)
			v = util.ResolveNumericReferences(v)
			v = util.ResolveEntityNames(v)
		}
		b.Write(v)
		switch {
		case n.HardLineBreak():
			b.WriteByte('\n')
		case n.SoftLineBreak():
			b.WriteByte(' ')
		}
	case *ast.String:
		b.Write(n.Value)
	case *ast.AutoLink:
		b.Write(n.Label(p.src))
	case *ast.Image, *ast.RawHTML:
		// an image's alt text describes a picture, not the treatment; raw HTML is markup
	default: // emphasis, links, code spans: their words
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p.inlineTo(b, c)
		}
	}
}
