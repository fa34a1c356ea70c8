package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"regexp/syntax"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/faqbot/faqbot/knowledge"
)

func TestPrefilterLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		matches []string // texts the pattern matches; nil: want no prefilter
		ruled   []string // texts the prefilter rules out besides "zzz هلا"
	}{
		{`abc`, []string{"xabcx"}, []string{"ab c"}},
		{` (book|booking|appointment) `, []string{" book ", " booking ", "an appointment today"}, nil},
		{`(talk|speak) (to|with) (a )?(human|person)`, []string{"talk to human", "speak with a person"},
			[]string{"talk to me", "a person"}},
		{`x|\S+`, nil, nil},
		{`(ab)?c*`, nil, nil},
		{`(?i)book`, nil, nil},
		{`(ab){2,3}`, []string{"abab"}, nil},
		// Adjacent exact parts are read as their whole strings: "nt" alone is in most Arabizi
		// messages, "ntg", "nteq"… in few.
		{`[ay]?nt[ae]?[gq8]`, []string{"ante8", "ntq", "yntag"}, []string{"enta", "bint ghali", "n t8"}},
		{`ab(cd)?e`, []string{"abe", "abcde"}, []string{"ab e", "abcd"}},
		// A run cut where it grows too long goes on with its optional parts: " وبتطلع" keeps its و.
		{` (و|ف)?(ب|بي|بت|عم |عم ي|عم ت)?(ترجع|تطلع) من`, []string{" وبتطلع من", " ترجع من", " فعم ترجع من"}, []string{" تطلع عن"}},
		// A question word alone is not a price question: each branch needs all of its words.
		{` how much | كم (حقه|سعره) `, []string{" how much ", "و كم حقه ؟"}, []string{" كم يدوم ", " how long ", " سعره "}},
		{`^ (هل|ممكن) (\S+ ){0,3}(يسبب|تسبب)|^ (can|does) (\S+ ){0,3}(cause|risk)`,
			[]string{" هل البوتوكس يسبب ", " can botox cause "}, []string{" هل البوتوكس امن ", " does it hurt "}},
	} {
		re := regexp.MustCompile(tc.pattern)
		got := newPrefilter(re)
		if tc.matches == nil {
			if got != nil {
				t.Errorf("%q: prefilter %v, want none", tc.pattern, got)
			}
			continue
		}
		for _, m := range tc.matches {
			if !re.MatchString(m) || !got.mayMatch(ptr(newPadText(m))) {
				t.Errorf("%q: prefilter %v rules out %q", tc.pattern, got, m)
			}
		}
		for _, r := range append(tc.ruled, "zzz هلا") {
			if got == nil || got.mayMatch(ptr(newPadText(r))) {
				t.Errorf("%q: prefilter %v lets through %q", tc.pattern, got, r)
			}
		}
	}
	for i, p := range handoffPre {
		if p == nil {
			t.Errorf("handoff pattern %d (%s) has no prefilter", i, handoffs[i].reason)
			continue
		}
		for b := range p.ends {
			var first []literal // the first set of branch b
			start := 0
			if b > 0 {
				start = p.ends[b-1]
			}
			for l := range p.lits {
				if p.sets[start]&(1<<l) != 0 {
					first = append(first, p.lits[l])
				}
			}
			if shortest(first) < 2 {
				t.Errorf("handoff pattern %d (%s) has a branch led by %v: it rules out too little", i, handoffs[i].reason, first)
			}
		}
	}
	if riskPre == nil || personalPre == nil {
		t.Errorf("the risk question and personal patterns have prefilters %v and %v", riskPre, personalPre)
	}
	// Patterns with too many literals for the bit sets keep theirs as lists: without, they ran on
	// every message.
	// So do those whose words sit between spaces (` (…|…) `): a space rules out no padded text, and
	// was all ongoing's prefilter kept. And the patterns read on every message, or on every sign.
	for name, p := range map[string]*prefilter{"denied": deniedPre, "pastMore": pastMorePre, "actNow": actNowPre, "fitUnanswering": fitUnansweringPre,
		"ongoing": ongoingPre, "justHappened": justHappenedPre, "whatToDo": whatToDoPre, "supposing": supposingPre, "threatens": threatensPre, "nothingWrong": nothingWrongPre} {
		if p == nil || p.mayMatch(ptr(newPadText(" zzz qqq "))) {
			t.Errorf("%s has prefilter %v, which does not rule out a text without its words", name, p)
		}
	}
}

// guarded are the patterns that run only when their prefilter lets a text through.
func guarded() (res []*regexp.Regexp, pres []*prefilter) {
	for i, h := range handoffs {
		res, pres = append(res, h.re), append(pres, handoffPre[i])
	}
	for _, f := range redFlags {
		for _, g := range f.groups {
			res, pres = append(res, g.res...), append(pres, g.pres...)
		}
	}
	return append(res, riskQuestion, personal, denied, weather, past, ongoing, fear, hearsay, pastMore, hypothetical, justAsking, actNow, fitUnanswering,
			justHappened, whatToDo, supposing, threatens, nothingWrong),
		append(pres, riskPre, personalPre, deniedPre, weatherPre, pastPre, ongoingPre, fearPre, hearsayPre, pastMorePre, hypotheticalPre, justAskingPre, actNowPre, fitUnansweringPre,
			justHappenedPre, whatToDoPre, supposingPre, threatensPre, nothingWrongPre)
}

// corpusTexts returns the messages of the files: each jsonl line's "q", each line of a plain file.
func corpusTexts(t *testing.T, files ...string) []string {
	t.Helper()
	var texts []string
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var c struct{ Q string }
			switch {
			case !strings.HasSuffix(file, ".jsonl"):
				texts = append(texts, sc.Text())
			case json.Unmarshal(sc.Bytes(), &c) == nil:
				texts = append(texts, c.Q)
			}
		}
		f.Close()
	}
	return texts
}

// The prefilters never change an answer: on every labelled question, red flag and non-red flag,
// and every sub-phrase of them, no text a pattern matches is ruled out (the red flags' needles too).
func TestPrefilterSound(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	texts := corpusTexts(t, "eval/testdata/dev.jsonl", "eval/testdata/extra.jsonl", "eval/testdata/blind.jsonl")
	corpora := len(texts) // the red flags' patterns are checked on the corpora only: there are two hundred
	texts = append(texts, corpusTexts(t, "testdata/redflags.txt", "testdata/not-redflags.txt", "testdata/home-redflags.txt")...)
	texts = append(texts, "ابي اكلم موظف", "talk to a human please", "how much is it", "وين العياده", "ابي احجز موعد",
		"opening hours?", "كم سعره", "رقم الواتس", "هل البوتوكس يسبب صعوبة في البلع", "can botox cause double vision",
		"هل البوتوكس يسبب هذا؟ ما اقدر ابلع", "does botox cause droopy eyelids in my case",
		"ما عندي اي ضيق تنفس", "I have no trouble breathing", "ما عندي صعوبه في البلع",
		"كم درجة الحرارة اليوم", "what's the weather today", "weather tomorrow in riyadh",
		"abi akalem mowazaf", "kalmooni law sama7t", "3ayza akalem doktor", "abi a7jez maw3ed", "kam el se3r?",
		"wein el 3iyada", "العيادة فاتحة يوم الجمعة", "shu dawamkon", "تبيعون كريمات", "do you sell sunscreen", "fi ta2seet?", "عندكم تقسيط", "payment plan", "وقديش حقها", "شكد سعره", "2addesh el jalse",
		"حطيته بالحليب، وين اروح؟", "وش اسوي الحين", "what now?", "where should we go", "shu na3mel hala2", "نجيكم ولا نروح للطوارئ؟",
		"momken 7ada ye7ki ma3i", "fi 3andkom doctora?", "3ndkom dawam yom el sabt", "عندكم دوام بكرة",
		"فيكن تتصلو فيي؟", "أرجو الاتصال بي", "give me a call", "ممكن ترجعولي اتصال", "have the doctor call me",
		"عايزة أتكلم مع أخصائية", "I'd like to speak to one of the doctors", "can I talk to the female doctor", "is there a female doctor I can talk to",
		"بتفتح الساعه كام", "امتى بتفتحوا", "العيادة تفتح الساعة كم", "what time do you open",
		"btefta7o sa3a kam", "emta btefta7o", "wein mawqe3 el 3iyade", "wen mkankom", "where's the clinic",
		"ممكن موظف لو سمحت", "ممكن دكتور", "ممكن الدكتور يكلمني",
		"دقولي لو سمحتو", "رنولي بكرة", "mumkin tetaslo fiyi", "momken te3mloli call", "3ayez akalem el akhsa2eya",
		"I need to cancel my session", "any slots available tomorrow", "do you have availability on saturday", "I can't make it tomorrow",
		"بدي الغي حجزي", "ابي اقدم جلستي", "bdi ghayyer wa2t el jalse", "في وقت فاضي بكرة", "ممكن اغير وقت الجلسة", "بدي أأجل الجلسة لبكرا",
		"can I reschedule", "rebook for next week", "I need to reschedule", "how can I contact you", "are you open today", "how do we reach the clinic",
		"ابني عنده تشنجات في ايده ورجله وما يرد", "ibni 3ando tashanojat w ma byrod", "he had a seizure and is not responding")
	res, pres := guarded()
	matched := make([]int, len(res))
	flagsFrom, flagsTo := len(handoffs), len(handoffs)
	var flagGroups []*flagGroup // the group of each red-flag pattern, in res's order
	for i := range redFlags {
		for gi := range redFlags[i].groups {
			g := &redFlags[i].groups[gi]
			flagsTo += len(g.res)
			for range g.res {
				flagGroups = append(flagGroups, g)
			}
		}
	}
	// A pattern that is not anchored and does not match a whole text matches none of its phrases
	// (each phrase, padded, is a piece of the padded text): only the texts it matches need their
	// phrases checked, which keeps the test quick under the race detector.
	anchored := make([]bool, len(res))
	for k, re := range res {
		anchored[k] = strings.ContainsAny(re.String(), "^$")
	}
	// Likewise a pattern with no end anchor or word boundary that matches no phrase of words i…j
	// matches none of the shorter phrases from word i (each, padded, begins the longer one): the
	// phrases from i are tried longest first, and such a pattern only until one does not match.
	prefixed := make([]bool, len(res))
	for k, re := range res {
		prefixed[k] = grows(re)
	}
	// The texts are shared out among the cores: under the race detector the regular expressions are
	// most of the suite's time, and each text's checks stand alone.
	workers := runtime.GOMAXPROCS(0)
	counts := make([][]int, workers)
	var wg sync.WaitGroup
	for wk := range workers {
		counts[wk] = make([]int, len(res))
		wg.Add(1)
		go func(matched []int) {
			defer wg.Done()
			fullMatch := make([]bool, len(res))
			for n := wk; n < len(texts); n += workers {
				checkPrefilterText(t, texts[n], n < corpora, res, pres, anchored, prefixed, flagsFrom, flagsTo, flagGroups, fullMatch, matched)
			}
		}(counts[wk])
	}
	wg.Wait()
	for _, c := range counts {
		for k, n := range c {
			matched[k] += n
		}
	}
	for _, f := range redFlags {
		for _, g := range f.groups {
			if g.needles == nil || g.script == 0 {
				t.Errorf("red flag %s has a group without needles or letters: every message runs its patterns", f.name)
			}
		}
	}
	for k, n := range matched {
		if n < 3 && (k < flagsFrom || k >= flagsTo) { // a red flag's alternatives are exercised by the corpora
			t.Errorf("only %d phrases matched pattern %d (%s): the test exercises too little", n, k, res[k])
		}
	}
}

// checkPrefilterText checks, for one text q, that every pattern matching a run of up to six of its
// words is let through by its prefilter (and a red flag's by its needles and letters), counting the
// matches in matched; fullMatch is the caller's scratch. question says q is an eval question, not a
// line of the red-flag corpora, which alone the red flags' patterns are checked on.
func checkPrefilterText(t *testing.T, q string, question bool, res []*regexp.Regexp, pres []*prefilter, anchored, prefixed []bool,
	flagsFrom, flagsTo int, flagGroups []*flagGroup, fullMatch []bool, matched []int) {
	w := knowledge.Words(q)
	full := padded(w)
	for k := range res {
		isFlag := k >= flagsFrom && k < flagsTo
		switch {
		case isFlag && question:
			fullMatch[k] = false // a red flag's pattern (a hundred of them) checks the corpora's texts
		case anchored[k]:
			fullMatch[k] = true
		default:
			fullMatch[k] = res[k].MatchString(full.s)
		}
	}
	alive := make([]bool, len(res)) // the patterns still tried on the phrases from word i
	for i := range w {
		copy(alive, fullMatch)
		for j := min(len(w), i+6); j > i; j-- {
			p := padded(w[i:j])
			for k, re := range res {
				if !alive[k] {
					continue
				}
				if !re.MatchString(p.s) {
					alive[k] = !prefixed[k]
					continue
				}
				matched[k]++
				if !pres[k].mayMatch(&p) {
					t.Errorf("%q matches pattern %d but its prefilter rules it out", p.s, k)
				}
				if k >= flagsFrom && k < flagsTo {
					// The red flags' needles and scripts, likewise.
					g := flagGroups[k-flagsFrom]
					if g.needles != nil && (!anyIn(g.needles, &p) || !g.needleSet.any(&p)) || g.script&p.scripts() == 0 {
						t.Errorf("%q matches a red flag's pattern but holds none of its needles or letters", p.s)
					}
				}
			}
		}
	}
}

// grows says a match of re in a text is one in any text that text begins: re has no end anchor
// and no word boundary (the only assertions that look past a match's end).
func grows(re *regexp.Regexp) bool {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return false
	}
	var ok func(*syntax.Regexp) bool
	ok = func(t *syntax.Regexp) bool {
		switch t.Op {
		case syntax.OpEndLine, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return false
		}
		for _, s := range t.Sub {
			if !ok(s) {
				return false
			}
		}
		return true
	}
	return ok(t)
}

func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{" ابي احجز ", " how much ", " اكلم موظف ", "x", " هل البوتوكس يسبب ضعف ", " كم سعره "} {
		f.Add(s)
	}
	res, pres := guarded()
	f.Fuzz(func(t *testing.T, s string) {
		for k, re := range res {
			if re.MatchString(s) && !pres[k].mayMatch(ptr(newPadText(s))) {
				t.Fatalf("%q matches pattern %d but its prefilter rules it out", s, k)
			}
		}
	})
}

// A literal is in a text exactly when strings.Contains says so: the rune sets only skip searches
// that would fail.
func FuzzLiteralIn(f *testing.F) {
	for _, s := range [][2]string{{" ما اقدر ابلع ", "بلع"}, {"abc", "b"}, {"ة", "ه"}, {"\xff\xfe", "\xfe"}, {"aa", ""}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, lit string) {
		l := newLiteral(lit)
		if got, want := l.in(ptr(newPadText(text))), strings.Contains(text, lit); got != want {
			t.Fatalf("%q in %q: %v, strings.Contains %v", lit, text, got, want)
		}
	})
}

func ptr[T any](v T) *T { return &v }

// A message is tested against a couple of thousand literals, nine in ten ruled out by their runes
// alone: a literal keeps its larger gram set apart, so those tests read a small struct
// (BenchmarkTriage: 23% fewer instructions and 24% fewer first-level cache misses, under cachegrind, than with it inline).
func TestLiteralIsSmall(t *testing.T) {
	if n := unsafe.Sizeof(literal{}); n > 40 {
		t.Errorf("a literal takes %d bytes; want at most 40", n)
	}
	// A literal that is not valid UTF-8 has no pairs to test: any text holding its bytes may hold it.
	l := newLiteral("\xd8")
	if pt := newPadText(" \xd8\xb3 "); !l.in(&pt) {
		t.Error("an invalid literal's bytes in the text do not pass")
	}
}

// A rule's indexed sets answer as testing each literal does, on every red flag, look-alike and
// labelled question, and every phrase of them; and the long sets are indexed.
func TestLitSetAsAnyIn(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	var rules []*symptomRule
	for _, fs := range [][]flagRules{symptomRules, conceptRules, skeletonFlags} {
		for i := range fs {
			for j := range fs[i].rules {
				rules = append(rules, &fs[i].rules[j])
			}
		}
	}
	rules = append(rules, &netGateRule, &improving)
	indexed := 0
	for _, r := range rules {
		for i := range r.index {
			indexed += len(r.index[i].indexed)
		}
	}
	if indexed < 1000 {
		t.Errorf("only %d literals indexed", indexed)
	}
	var lines []string
	for _, file := range []string{"testdata/redflags.txt", "testdata/not-redflags.txt", "eval/testdata/dev.jsonl"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var c struct{ Q string }
			if json.Unmarshal([]byte(line), &c) == nil {
				line = c.Q
			}
			lines = append(lines, line)
		}
	}
	ns := make([]int, shards)
	inShards(t, func(t *testing.T, shard, stride int) {
		for l := shard; l < len(lines); l += stride {
			w := strings.Fields(TriageText(lines[l]))
			for i := range w {
				for j := i + 1; j <= len(w) && j <= i+4; j++ {
					p := padded(w[i:j])
					for _, r := range rules {
						for k := range r.index {
							if got, want := r.index[k].any(&p), anyIn(r.lits[k], &p); got != want {
								t.Fatalf("%q: indexed set %d says %v, its literals %v", p.s, k, got, want)
							}
							ns[shard]++
						}
					}
				}
			}
		}
	})
	if n := sum(ns); n < 100000 {
		t.Fatalf("only %d tests", n)
	}
}

// padded writes what " " + strings.Join(words, " ") + " " did, in one allocation and the small
// header of the literals it will be found to hold (litscan.go).
func TestPaddedAsJoined(t *testing.T) {
	for _, ws := range [][]string{nil, {}, {"a"}, {"ما", "اقدر", "ابلع"}, {"", "x", ""}} {
		want := " " + strings.Join(ws, " ") + " "
		if got := padded(ws).s; got != want {
			t.Errorf("padded(%q) = %q, want %q", ws, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { padded([]string{"ما", "اقدر", "ابلع"}) }); n > 2 {
		t.Errorf("padded made %v allocations, want 2", n)
	}
}
