package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// MustParseLexicon parses src as a lexicon file or fails the test.
func MustParseLexicon(tb testing.TB, src string) *Lexicon {
	tb.Helper()
	lx, err := ParseLexicon(LexiconFile, []byte(src))
	if err != nil {
		tb.Fatalf("ParseLexicon: %v", err)
	}
	return lx
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"empty member", "# c\nبوتوكس | | botox\n",
			[]string{"lexicon.txt:2: empty member (two | in a row, or | at an end)"}},
		{"trailing bar", "بوتوكس | botox |\n",
			[]string{"lexicon.txt:1: empty member (two | in a row, or | at an end)"}},
		{"leading bar", "\n\n| بوتوكس | botox\n",
			[]string{"lexicon.txt:3: empty member (two | in a row, or | at an end)"}},
		{"single member", "بوتوكس\n",
			[]string{"lexicon.txt:1: a group needs at least two different members separated by |"}},
		{"two spellings of one member", "بوتوكس | البوتوكس | بوتوكسْ\n",
			[]string{"lexicon.txt:1: a group needs at least two different members separated by |"}},
		{"only stop words", "ايش | وش | what\n",
			[]string{"lexicon.txt:1: every member is made of stop words only; at least one must name something"}},
		{"no letters", "بوتوكس | ؟؟ | botox\n",
			[]string{`lexicon.txt:1: "؟؟" has no letters or digits`}},
		{"invalid UTF-8", "بوتوكس | botox\nحقن | \xff\xfe\n",
			[]string{"lexicon.txt:2: invalid UTF-8"}},
		{"every problem on every line", "بوتوكس\n\xff\nحقن | | shot\nايش | وش\nصداع | headache\nتعرق\n",
			[]string{
				"lexicon.txt:1: a group needs at least two different members separated by |",
				"lexicon.txt:2: invalid UTF-8",
				"lexicon.txt:3: empty member (two | in a row, or | at an end)",
				"lexicon.txt:4: every member is made of stop words only; at least one must name something",
				"lexicon.txt:6: a group needs at least two different members separated by |",
			}},
	}
	for _, tt := range tests {
		lx, err := ParseLexicon(LexiconFile, []byte(tt.src))
		var le *LoadError
		if !errors.As(err, &le) {
			t.Errorf("%s: ParseLexicon = %v, %v; want a *LoadError", tt.name, lx, err)
			continue
		}
		if lx != nil {
			t.Errorf("%s: ParseLexicon returned a lexicon with its error", tt.name)
		}
		var got []string
		for _, p := range le.Problems {
			got = append(got, p.String())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: problems\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
		if err.Error() != strings.Join(tt.want, "\n") {
			t.Errorf("%s: Error() = %q, want one problem a line", tt.name, err.Error())
		}
	}
}

func TestParseLexiconSkipsCommentsAndBlankLines(t *testing.T) {
	src := "\ufeff# first line after a BOM is a comment\n\n   \n\t# indented comment\r\n" +
		"بوتوكس | بوتكس | botox\r\n\n  حقن | إبرة | injection  \n# قلب | نهاية\n"
	lx := MustParseLexicon(t, src)
	if got, want := lx.Groups(), 2; got != want {
		t.Errorf("Groups() = %d, want %d", got, want)
	}
	if got, want := lx.Members(), 6; got != want {
		t.Errorf("Members() = %d, want %d", got, want)
	}
	// A BOM before a group, not a comment, must not become part of its first member.
	lx = MustParseLexicon(t, "\ufeffبوتوكس | botox\n")
	if got := lx.Concepts(keysOf(Analyze("botox"))); len(got) != 1 || got[0].group != 0 {
		t.Errorf("after a BOM, botox gives concepts %+v, want group 0", got)
	}
	empty := MustParseLexicon(t, "")
	if empty.Groups() != 0 || empty.Members() != 0 {
		t.Errorf("empty file: %d groups, %d members, want none", empty.Groups(), empty.Members())
	}
}

func TestParseLexiconCountsDistinctMembers(t *testing.T) {
	// بوتوكس and البوتوكس analyse alike, and so do headache and headaches: one member each.
	lx := MustParseLexicon(t, "بوتوكس | البوتوكس | botox\nصداع | headache | headaches\n")
	if got, want := lx.Members(), 4; got != want {
		t.Errorf("Members() = %d, want %d", got, want)
	}
}

func TestLexiconMinor(t *testing.T) {
	lx := MustParseLexicon(t, "minor: وجه | الجبهة | face | تحت الابط\nminor: ايش | \nصداع | headache\n")
	if lx.Groups() != 1 {
		t.Errorf("minor lines made groups: Groups() = %d, want 1", lx.Groups())
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"وجهي", true},
		{"الجبهه", true},
		{"faces", true},
		{"الابط", true},
		{"تحت", true},
		{"صداع", false},
		{"headache", false},
		{"بوتوكس", false},
	} {
		cs := lx.Concepts(keysOf(Analyze(tt.q)))
		if len(cs) != 1 {
			t.Errorf("%q gives %d concepts, want 1", tt.q, len(cs))
			continue
		}
		if got := lx.Minor(cs[0]); got != tt.want {
			t.Errorf("Minor(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	// A phrase is minor only when every word is.
	cs := lx.Concepts([]string{"وجه", "صداع"})
	if len(cs) != 2 || !lx.Minor(cs[0]) || lx.Minor(cs[1]) {
		t.Errorf("Concepts(وجه صداع) = %+v, want a minor concept then a major one", cs)
	}
	if lx.Minor(Concept{}) {
		t.Error("Minor(empty concept) = true")
	}
}

func TestLexiconForeign(t *testing.T) {
	lx := MustParseLexicon(t, "foreign: فيلر | laser\nminor: وجه\nصداع | headache\n")
	if lx.Groups() != 1 {
		t.Errorf("foreign lines made groups: Groups() = %d, want 1", lx.Groups())
	}
	for q, want := range map[string]bool{"الفيلر": true, "lasers": true, "وجه": false, "صداع": false} {
		cs := lx.Concepts(keysOf(Analyze(q)))
		if len(cs) != 1 || lx.Foreign(cs[0]) != want {
			t.Errorf("%q: concepts %+v, want one with Foreign %v", q, cs, want)
		}
	}
}

const testLexicon = `
قلب الشفاه | ليب فليب | lip flip
الصداع النصفي | الشقيقة | migraine
صداع | headache
بوتوكس | بوتكس | botox
مرشح | مناسب | مين يقدر | who can
مده | يدوم | تدوم | how long
`

// altStrings renders a concept's alternatives as space-joined stems.
func altStrings(c Concept) []string {
	var out []string
	for _, a := range c.Alts {
		out = append(out, strings.Join(a, " "))
	}
	return out
}

func TestConcepts(t *testing.T) {
	lx := MustParseLexicon(t, testLexicon)
	tests := []struct {
		name, q string
		want    [][]string // each concept's Alts
	}{
		{"phrase with its equivalents", "ليب فليب",
			[][]string{{"ليب فليب", "قلب شفاه", "lip flip"}}},
		{"the other way round", "كم سعر قلب الشفاه؟",
			[][]string{{"سعر"}, {"قلب شفاه", "ليب فليب", "lip flip"}}},
		{"longest match wins", "عندي صداع نصفي",
			[][]string{{"صداع نصف", "شقيق", "migraine"}}},
		{"the shorter member alone", "عندي صداع",
			[][]string{{"صداع", "headache"}}},
		{"stop-word member", "مين يقدر يسوي بوتوكس",
			[][]string{{"", "مرشح", "مناسب"}, {"بوتوكس", "بوتكس", "botox"}}},
		{"stop words alone outside a member", "مين يسوي",
			nil},
		{"two mentions of a group are one concept", "بوتكس ولا البوتوكس botox",
			[][]string{{"بوتكس", "بوتوكس", "botox"}}},
		{"plain words keep their order", "تعرق اليدين",
			[][]string{{"تعرق"}, {"يدين"}}},
		{"English phrase", "How long does botox last?",
			[][]string{{"long", "مده", "يدوم", "تدوم"}, {"botox", "بوتوكس", "بوتكس"}, {"last"}}},
		{"a phrase cut short is not the phrase", "قلب",
			[][]string{{"قلب"}}},
		{"a word may stand inside a phrase", "الصداع المزمن النصفي",
			[][]string{{"صداع نصف", "شقيق", "migraine"}, {"مزمن"}}},
		{"but not two", "الصداع المزمن القوي النصفي",
			[][]string{{"صداع", "headache"}, {"مزمن"}, {"قوي"}, {"نصف"}}},
	}
	for _, tt := range tests {
		cs := lx.Concepts(keysOf(Analyze(tt.q)))
		var got [][]string
		for _, c := range cs {
			got = append(got, altStrings(c))
		}
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: Concepts(%q) = %q, want %q", tt.name, tt.q, got, tt.want)
		}
	}
}

func TestShippedLexicon(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatalf("Open(Default()): %v", err)
	}
	lx := ix.lex
	st := ix.Stats()
	if st.LexiconGroups < 40 || st.LexiconMembers < 200 {
		t.Errorf("shipped lexicon: %d groups, %d members; want at least 40 and 200", st.LexiconGroups, st.LexiconMembers)
	}
	// Every member, written alone, must be recognised as its own group: a member shadowed by another
	// group's identical member, or that analyses to nothing a question can say, is dead weight.
	for g, group := range lx.groups {
		for m, keys := range group {
			cs := lx.Concepts(keys)
			if len(cs) != 1 || cs[0].group != g {
				var got []string
				for _, c := range cs {
					got = append(got, strings.Join(altStrings(c), " | "))
				}
				t.Errorf("group %d member %d %q reads as %q, not as its own group", g, m, keys, got)
			}
		}
		if len(group) == 0 {
			continue // a layer's topic the clinic joined to its own group (parse)
		}
		content := 0
		for _, keys := range group {
			if len(contentOf(keys)) > 0 {
				content++
			}
		}
		if content < 2 {
			t.Errorf("group %d %q has %d members with content words, want at least 2", g, group, content)
		}
	}
	// The transliterations the issue names, and English names of topics, meet their Arabic.
	for _, pair := range [][2]string{
		{"ليب فليب", "قلب الشفاه"},
		{"botox", "بوتوكس"},
		{"بوتكس", "البوتولينوم"},
		{"migraine", "الصداع النصفي"},
		{"sweating", "تعرق"},
		{"jaw slimming", "تنحيف الفك"},
		{"side effects", "الآثار الجانبية"},
	} {
		a := lx.Concepts(keysOf(Analyze(pair[0])))
		b := lx.Concepts(keysOf(Analyze(pair[1])))
		if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
			t.Errorf("%q and %q are not one lexicon group: %v / %v", pair[0], pair[1], a, b)
		}
	}
	// Minor words: where on the body qualifies a question, it is not its topic; nor is which side.
	for _, w := range []string{"الوجه", "الجبهة", "اليدين", "forehead", "اليمين", "اليسار", "lower", "ستين", "five", "الكلام"} {
		cs := lx.Concepts(keysOf(Analyze(w)))
		if len(cs) != 1 || !lx.Minor(cs[0]) {
			t.Errorf("%q is not a minor word in the shipped lexicon", w)
		}
	}
}

func TestLoadLexicon(t *testing.T) {
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatalf("folder without lexicon: %v", err)
	}
	// A folder without a lexicon still reads patients' dialect and English: the built-in layer.
	same := func(lx *Lexicon, a, b string) bool {
		ca, cb := lx.Concepts(keysOf(Analyze(a))), lx.Concepts(keysOf(Analyze(b)))
		return len(ca) == 1 && len(cb) == 1 && ca[0].group >= 0 && ca[0].group == cb[0].group
	}
	for _, pair := range [][2]string{{"بيوجع", "الألم"}, {"does it hurt", "مؤلم"}, {"swelling", "التورم"},
		{"البنج", "التخدير"}, {"قديش بيضل", "يستمر"}, {"recovery", "التعافي"},
		{"قبل ما ابدأ", "التحضير"}, // «ابدأ» is starting there, not «أبدًا» (never)
		// Everyday and dialect words for what the pages say formally.
		{"مي زرقا", "المياه الزرقاء"}, {"المي البيضا", "المياه البيضاء"}, {"استنى", "الانتظار"},
		{"للقراية", "القراءة"}, {"رجله مفلطحة", "القدم المسطحة"}, {"تعبانه", "التعب"},
		{"halos", "وهج"}, {"got worse", "يزيد"}, {"نعالج", "العلاج"}, {"ما نفع", "يفيد"}, {"lips", "الشفاه"},
		{"يأثر", "يؤثر"}, {"wobbly", "التوازن"}, {"prevention", "الوقاية"}, {"trouble", "صعوبة"},
		{"mobile", "الجوال"}, {"neurologist", "الأعصاب"}, {"school", "المدرسة"}, {"swallowing", "البلع"},
		{"eyeliner", "المكياج"}, {"بقي", "الفم"}, {"وحش", "الكريه"}, {"تفشل", "النجاح"}, {"مصدره", "origin"}, {"flakes", "التقشر"}, {"الرياضة", "exercise"}} {
		if !same(lx, pair[0], pair[1]) {
			t.Errorf("language layer: %q and %q are not one group", pair[0], pair[1])
		}
	}
	// Home remedies are foreign to a clinic's pages unless they speak of them; a husband is not coconut.
	for w, want := range map[string]bool{"الكركم": true, "ginger": true, "المفاصل": false, "جوز": false} {
		if cs := lx.Concepts(keysOf(Analyze(w))); len(cs) != 1 || lx.Foreign(cs[0]) != want {
			t.Errorf("language layer: %q foreign = %v, want %v", w, !want, want)
		}
	}
	// A clinic line sharing a member with the layer joins its group; one that shares none stands alone.
	lx, err = LoadLexicon(fstest.MapFS{LexiconFile: {Data: []byte("الم | وجع الضرس\nتقويم | braces\n")}})
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	if !same(lx, "وجع الضرس", "pain") || !same(lx, "braces", "تقويم") || same(lx, "braces", "pain") {
		t.Errorf("clinic lines are not merged with the language layer as they should be")
	}
	// A clinic line that gives a word of another of the layer's groups its own meaning takes the word
	// from that group: «ارجع» is coming back for another session there, not going back to work.
	lx, err = LoadLexicon(fstest.MapFS{LexiconFile: {Data: []byte("تكرار | ارجع | نرجع\n")}})
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	if !same(lx, "ارجع", "تكرار") || same(lx, "ارجع", "العودة") {
		t.Errorf("«ارجع» does not read as the clinic's «تكرار» alone")
	}
	back, again := keysOf(Analyze("العودة")), keysOf(Analyze("ارجع"))
	for _, group := range lx.groups {
		if slices.ContainsFunc(group, func(m []string) bool { return slices.Equal(m, back) }) &&
			slices.ContainsFunc(group, func(m []string) bool { return slices.Equal(m, again) }) {
			t.Errorf("the layer's group %q still holds «ارجع», which the clinic's «تكرار» shadows", group)
		}
	}
	fsys := fstest.MapFS{LexiconFile: {Data: []byte("بوتوكس | botox\nحقن\n")}}
	if _, err := LoadLexicon(fsys); err == nil || err.Error() != "lexicon.txt:2: a group needs at least two different members separated by |" {
		t.Errorf("LoadLexicon(bad file) = %v", err)
	}
	// Open reports the lexicon's problems with the documents'.
	fsys["a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: [\n---\n# x\n\nنص.\n")}
	_, err = Open(fsys)
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Open = %v, want a *LoadError", err)
	}
	var files []string
	for _, p := range le.Problems {
		files = append(files, p.File)
	}
	if !slices.Contains(files, "a.md") || !slices.Contains(files, LexiconFile) {
		t.Errorf("Open problems in %q, want both a.md and %s", files, LexiconFile)
	}
}
