package knowledge

import (
	"io/fs"
	"strings"
)

// RedFlagsFile is the name, inside a knowledge folder, of the clinic's own additions to the universal
// red flags every clinic gets (the bot's triage). A folder without one gets the universal ones alone.
const RedFlagsFile = "redflags.txt"

// A RedFlagRule is one line of RedFlagsFile. The file format, one rule a line:
//
//	# comment
//	flag: جفن* | نازل* طايح* droop* | بعد* injection*
//	benign: جبه* forehead* | !يتحرك !تتحرك move*
//
// A rule is sets of terms separated by "|"; it fires when a word of every set stands within a few
// words of the others, in any order. A "flag:" rule is one more red flag for this clinic: a message
// it fires on gets the emergency reply. A "benign:" rule names what is this clinic's normal (a still
// forehead is Botox working): the words it fires on are taken out before the red flags are looked
// for, so they alone cannot raise one.
//
// A term is a word (clitics and pronouns glued to it are allowed), word* for any word starting so,
// !word for the word right after a negation, and a_b for words in a row. The bot reads the terms; this
// package only checks the shape of the file.
type RedFlagRule struct {
	Benign bool
	Sets   [][]string // the terms of each set, as written
	Line   int        // in RedFlagsFile, for messages
}

// LoadRedFlags reads RedFlagsFile from fsys; a folder without one has no rules.
func LoadRedFlags(fsys fs.FS) ([]RedFlagRule, error) {
	data, err := fs.ReadFile(fsys, RedFlagsFile)
	if err != nil {
		if errorsIsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	return ParseRedFlags(RedFlagsFile, data)
}

// ParseRedFlags parses a red-flags file; every problem is reported as path:line.
func ParseRedFlags(path string, data []byte) ([]RedFlagRule, error) {
	ps := &problems{file: path}
	var rules []RedFlagRule
	for line, text := range ruleLines(data, func(line int, msg string) { ps.add(line, "%s", msg) }) {
		kind, rest, _ := strings.Cut(text, ":")
		r := RedFlagRule{Line: line}
		switch strings.TrimSpace(kind) {
		case "flag":
		case "benign":
			r.Benign = true
		default:
			ps.add(line, `a rule starts with "flag:" or "benign:"`)
			continue
		}
		ok := true
		for _, set := range strings.Split(rest, "|") {
			terms := strings.Fields(set)
			for _, t := range terms {
				if w := strings.Trim(t, "!*_"); w == "" || strings.Contains(t, "__") || strings.Count(t, "!") > 1 ||
					strings.Count(t, "*") > 1 || strings.Contains(strings.TrimPrefix(t, "!"), "!") || strings.Contains(strings.TrimSuffix(t, "*"), "*") {
					ps.add(line, "%q is not a term (word, word*, !word or a_b)", t)
					ok = false
				}
			}
			if len(terms) == 0 {
				ps.add(line, "empty set (two | in a row, or | at an end)")
				ok = false
			}
			r.Sets = append(r.Sets, terms)
		}
		if ok {
			rules = append(rules, r)
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return rules, nil
}

// RedFlags returns the clinic's additions to the universal red flags, from RedFlagsFile (see Open).
func (ix *Index) RedFlags() []RedFlagRule { return ix.redFlags }
