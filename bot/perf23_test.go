package bot

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// perf23Sentences are denials told in a row, in the dialects, MSA, English and Arabizi, where one
// denial's tail opens the next.
var perf23Sentences = []string{
	"ما عندي حرارة ما عندي دوخة ولا ضيق نفس بس المكان محمر شوي",
	"مافي نزيف مافي تورم ولا الم بس في كدمه صغيره",
	"لا يوجد لدي ألم ولا يوجد لدي حرارة هل هذا طبيعي",
	"معنديش سخونية معنديش دوخة ومفيش ورم خالص",
	"ماكو حراره ماكو وجع بس احس بخدر خفيف",
	"no fever no swelling no trouble breathing just a bit sore",
	"she has no pain no bleeding and no numbness, is that ok",
	"i m not dizzy i m not short of breath but my eye is red",
	"mafi 7arara mafi waja3 wala dam bas shway e7mirar",
	"ma 3andi s5ana ma 3andi dou5a w mafeesh waram",
	"ma bshoof double ma fi wja3 bas 3youni ta3bani",
	"ما بشوف دبل ولا ضباب بس عيني تدمع",
}

// perf23Texts are the texts withoutDenials is asked of in the triage: perf23Sentences and the tune and
// dev questions, padded, as written and without their suffixes.
func perf23Texts(t testing.TB) []string {
	t.Helper()
	qs := append(append([]string(nil), perf23Sentences...), tuneQuestions(t)...)
	var texts []string
	for _, q := range qs {
		p := padded(knowledge.Words(q))
		texts = append(texts, p.s, conjunctionMa(unsuffixed(p)).s)
	}
	return texts
}

// withoutDenialsSearched is withoutDenials as it was: the tail of each denial searched for with
// denied through the rest of the text.
func withoutDenialsSearched(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range denied.FindAllStringIndex(s, -1) {
		if m[0] < last {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" ")
		end := m[1]
		for start := m[0] + 1; ; {
			n := denied.FindStringIndex(s[start:])
			if n == nil || start+n[0] >= end {
				break
			}
			end = max(end, start+n[1])
			start += n[0] + 1
		}
		rest := s[end:]
		for _, c := range deniedTail {
			if strings.HasSuffix(s[m[0]:end], c) {
				rest = strings.TrimPrefix(rest, " ")
				if i := strings.IndexByte(rest, ' '); i >= 0 {
					end += len(s[end:]) - len(rest) + i
				} else {
					end = len(s)
				}
				break
			}
		}
		for {
			r := strings.TrimPrefix(s[end:], " ")
			loc := deniedMore.FindStringIndex(r)
			if loc == nil {
				loc = deniedPrep.FindStringIndex(r)
			}
			if loc == nil {
				break
			}
			end += len(s[end:]) - len(r) + loc[1]
		}
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// TestPerf23DeniedOpensWithSpace holds what deniedWithin rests on: every match of denied opens
// with a space.
func TestPerf23DeniedOpensWithSpace(t *testing.T) {
	if p, _ := denied.LiteralPrefix(); p != " " {
		t.Fatalf("denied's matches open with %q, not a space: deniedWithin tries only spaces", p)
	}
}

// TestPerf23DenialsAsSearched checks that withoutDenials, which looks for a denial's tail only
// among the spaces the denial covers, blanks what searching the rest of the text blanked.
func TestPerf23DenialsAsSearched(t *testing.T) {
	changed, chained := 0, 0
	for _, s := range perf23Texts(t) {
		got, want := withoutDenials(s), withoutDenialsSearched(s)
		if got != want {
			t.Errorf("withoutDenials(%q)\n = %q\nwant %q", s, got, want)
		}
		if got != s {
			changed++
		}
		if ms := denied.FindAllStringIndex(s, -1); len(ms) > 1 {
			chained++
		}
	}
	if changed < 100 || chained < 10 {
		t.Errorf("only %d texts had a denial, %d more than one: the check checked little", changed, chained)
	}
	for _, s := range perf23Sentences {
		p := padded(knowledge.Words(s))
		if withoutDenials(p.s) == p.s {
			t.Errorf("no denial blanked in %q", s)
		}
	}
}

// BenchmarkPerf23Denials times anchored against searched, the code it replaced, on the same texts
// (the tune and dev texts with a denial): `go test -run '^$' -bench BenchmarkPerf23Denials ./bot/`.
func BenchmarkPerf23Denials(b *testing.B) {
	var texts []string
	for _, s := range perf23Texts(b) {
		if withoutDenialsSearched(s) != s {
			texts = append(texts, s)
		}
	}
	for _, c := range []struct {
		name string
		f    func(string) string
	}{{"anchored", withoutDenials}, {"searched", withoutDenialsSearched}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range texts {
					c.f(s)
				}
			}
		})
	}
}

// TestPerf23DeniedOpenings checks that denied's openings are read, and that every match of denied
// in the texts opens where deniedMayOpen allows.
func TestPerf23DeniedOpenings(t *testing.T) {
	if !deniedOpenOK {
		t.Fatal("denied's openings were not read: every space is tried")
	}
	n := 0
	for _, w := range deniedOpen {
		n += bits.OnesCount64(w)
	}
	t.Logf("%d openings", n)
	for _, s := range perf23Texts(t) {
		for _, m := range denied.FindAllStringIndex(s, -1) {
			if !deniedMayOpen(s, m[0]) {
				t.Errorf("a denial opens at %d of %q, where deniedMayOpen says none may", m[0], s)
			}
		}
	}
}
