package knowledge

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// section builds a section of paragraphs.
func section(id, title string, paras ...string) Section {
	s := Section{ID: id, Title: title, Level: 2}
	for _, p := range paras {
		s.Blocks = append(s.Blocks, Block{Kind: Paragraph, Text: p})
	}
	return s
}

// testDocs is a small clinic: one Arabic document about Botox with an FAQ, and one about the clinic
// that never says Botox.
func testDocs() []*Document {
	return []*Document{
		{
			ID: "botox", Title: "البوتوكس الطبي", Lang: "ar",
			Sections: []Section{
				section("s1", "ما هو البوتوكس", "البوتوكس بروتين يرخي العضلات لفترة مؤقتة."),
				section("s2", "علاج فرط التعرق", "يقلل البوتوكس نشاط الغدد العرقية في الإبط واليدين، وتدوم النتائج ستة أشهر."),
				section("s3", "علاج الصداع النصفي", "يخفف البوتوكس نوبات الصداع النصفي، ويدوم التأثير ثلاثة أشهر."),
				section("s4", "قلب الشفاه", "حقن البوتوكس فوق الشفة العليا يقلب الشفاه إلى الخارج قليلا."),
				section("s5", "تشنج الجفن", "يرخي البوتوكس عضلة الجفن المتشنجة فيهدأ الرمش."),
				section("s6", "الآثار الجانبية", "قد يظهر احمرار أو تورم خفيف مكان الحقن بعد البوتوكس، ويزول خلال أيام."),
			},
			FAQs: []FAQ{{ID: "q1", Question: "هل البوتوكس آمن أثناء الحمل؟", Answer: "لا ينصح بحقن البوتوكس أثناء الحمل والرضاعة."}},
		},
		{
			ID: "clinic", Title: "العيادة", Lang: "ar",
			Sections: []Section{
				section("s1", "مواعيد العيادة", "تستقبل العيادة المراجعين من الأحد إلى الخميس."),
			},
		},
	}
}

const searchLexicon = testLexicon + `
فرط التعرق | التعرق الزائد | excessive sweating | hyperhidrosis
تعرق | عرق | sweating | sweat
الاثار الجانبيه | اعراض جانبيه | side effects
تشنج | spasm | spasms
حقن | ابره | injection
امن | safe
حمل | حامل | pregnancy | pregnant
`

// MustBuild indexes docs with the lexicon source or fails the test.
func MustBuild(tb testing.TB, docs []*Document, lexicon string) *Index {
	tb.Helper()
	ix, err := Build(docs, MustParseLexicon(tb, lexicon))
	if err != nil {
		tb.Fatalf("Build: %v", err)
	}
	return ix
}

// keysOfHits lists the passage keys of a result, best first.
func keysOfHits(r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Passage.Key)
	}
	return out
}

func topKey(r Result) string {
	if len(r.Hits) == 0 {
		return "<no hits>"
	}
	return r.Hits[0].Passage.Key
}

func TestSearchFindsTheRightPassage(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	tests := []struct{ name, q, want string }{
		{"concept in heading and text", "هل البوتوكس يعالج الصداع النصفي؟", "botox#s3"},
		{"lexicon synonym", "ينفع البوتوكس للشقيقة؟", "botox#s3"},
		{"dialect spelling and transliteration", "كم سعر ليب فليب؟", "botox#s4"},
		{"English question, Arabic passage", "Does botox help excessive sweating?", "botox#s2"},
		{"English phrase", "lip flip", "botox#s4"},
		{"English side effects", "what are the side effects?", "botox#s6"},
		{"FAQ question", "البوتوكس للحامل امن؟", "botox#q1"},
		{"pronoun suffixes", "تعرقي زايد في يديني", "botox#s2"},
		{"word only in body text", "احمرار بعد الابره", "botox#s6"},
		{"other document", "مواعيد العيادة", "clinic#s1"},
	}
	for _, tt := range tests {
		r := ix.Search(Query{Text: tt.q})
		if got := topKey(r); got != tt.want {
			t.Errorf("%s: Search(%q) top = %s, want %s (all: %q)", tt.name, tt.q, got, tt.want, keysOfHits(r))
		}
	}
}

func TestSearchHitInvariants(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	for _, q := range []string{"البوتوكس", "علاج الصداع", "Does botox help excessive sweating?", "تشنج الجفن", "احمرار"} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 {
			t.Errorf("Search(%q): no hits", q)
			continue
		}
		if len(r.Hits) > 5 {
			t.Errorf("Search(%q): %d hits, want at most the default 5", q, len(r.Hits))
		}
		if r.Concepts == 0 || r.Known <= 0 || r.Known > 1 {
			t.Errorf("Search(%q): Concepts %d, Known %v", q, r.Concepts, r.Known)
		}
		for i, h := range r.Hits {
			if h.Coverage < 0 || h.Coverage > 1+1e-9 || h.TitleCoverage < 0 || h.TitleCoverage > h.Coverage+1e-9 {
				t.Errorf("Search(%q) hit %s: Coverage %v, TitleCoverage %v", q, h.Passage.Key, h.Coverage, h.TitleCoverage)
			}
			if h.Score <= 0 {
				t.Errorf("Search(%q) hit %s: Score %v", q, h.Passage.Key, h.Score)
			}
			if i > 0 && h.Rank > r.Hits[i-1].Rank {
				t.Errorf("Search(%q): hits not in Rank order at %d: %v > %v", q, i, h.Rank, r.Hits[i-1].Rank)
			}
		}
	}
	if r := ix.Search(Query{Text: "البوتوكس", Limit: 2}); len(r.Hits) != 2 {
		t.Errorf("Limit 2: %d hits", len(r.Hits))
	}
}

func TestSearchOffTopic(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	for _, tt := range []struct {
		q        string
		concepts int
	}{
		{"", 0},
		{"   ؟؟ !! ", 0},
		{"ايش هذا؟ وش اللي", 0},             // stop words only
		{"وين اقرب مطعم؟", 2},               // words the clinic never uses
		{"what is the weather tomorrow", 2}, // weather, tomorrow
		{"ابي اشتري سيارة جديدة", 3},        // اشتري سيارة جديدة
	} {
		r := ix.Search(Query{Text: tt.q})
		if len(r.Hits) != 0 || r.Known != 0 || r.Concepts != tt.concepts {
			t.Errorf("Search(%q) = %d hits (%q), Known %v, Concepts %d; want no hits, Known 0, Concepts %d",
				tt.q, len(r.Hits), keysOfHits(r), r.Known, r.Concepts, tt.concepts)
		}
	}
	// An unknown word next to a known one lowers the share of what is known.
	r := ix.Search(Query{Text: "البوتوكس والمطعم"})
	if r.Known <= 0 || r.Known >= 1 || len(r.Hits) == 0 {
		t.Errorf("half-known question: Known %v, %d hits; want 0 < Known < 1 and hits", r.Known, len(r.Hits))
	}
	if r.Hits[0].Coverage >= 1 {
		t.Errorf("half-known question: top Coverage %v, want < 1", r.Hits[0].Coverage)
	}
}

// A qualifier the pages never use (a day, «امس») is not something the clinic does not write of: the
// question is as known, and its passage covers it as fully, as without it.
func TestSearchUnknownQualifierDoesNotCount(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon+"\nminor: البارحه | امس | yesterday\n")
	plain := ix.Search(Query{Text: "تشنج الجفن"})
	for _, q := range []string{"تشنج الجفن من البارحة", "تشنج الجفن من امس"} {
		r := ix.Search(Query{Text: q})
		if r.Known != 1 || len(r.Hits) == 0 || r.Hits[0].Passage.Key != plain.Hits[0].Passage.Key ||
			math.Abs(r.Hits[0].Coverage-plain.Hits[0].Coverage) > 1e-9 {
			t.Errorf("Search(%q): Known %v, hits %q %v; want Known 1 and the hits of %q (%v)", q, r.Known, keysOfHits(r), r.Hits[0].Coverage, "تشنج الجفن", plain.Hits[0].Coverage)
		}
	}
	// A word the pages never use that is no qualifier still lowers what is known.
	if r := ix.Search(Query{Text: "تشنج الجفن والمطعم"}); r.Known >= 1 {
		t.Errorf("Known %v with an unknown content word, want < 1", r.Known)
	}
	// Nothing but an unknown qualifier: nothing to search for.
	if r := ix.Search(Query{Text: "امس"}); len(r.Hits) != 0 || r.Known != 0 {
		t.Errorf("qualifier alone: %d hits, Known %v; want none, 0", len(r.Hits), r.Known)
	}
}

// The general language layer reads the days and times of a patient's story as qualifiers.
func TestGeneralLayerStoryWordsAreMinor(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	plain := ix.Search(Query{Text: "صداع نصفي"})
	for _, q := range []string{"صداع نصفي من يوم الخميس", "صداع نصفي بدا معي مساء الجمعة"} {
		if r := ix.Search(Query{Text: q}); r.Known < plain.Known-1e-9 {
			t.Errorf("Search(%q).Known = %v, want %v as without the story words", q, r.Known, plain.Known)
		}
	}
}

// «متى ارجع …» asks about going back to work or sport: the pages' «العودة».
func TestGeneralLayerGoingBack(t *testing.T) {
	md := "---\ntitle: التأهيل\npage_id: rehab\n---\n## بعد الإصابة\n\nتبدأ العودة إلى الملعب بعد أسابيع من التأهيل.\n\n" +
		"## الألم\n\nيخف الألم مع الراحة والثلج.\n"
	ix, err := Open(fstest.MapFS{"rehab.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"متى ارجع الملعب؟", "متى اقدر ارجع للملعب"} {
		r := ix.Search(Query{Text: q})
		if len(r.Hits) == 0 || r.Hits[0].Passage.Key != "rehab#s1" || r.Hits[0].Coverage < 1-1e-9 {
			t.Errorf("Search(%q): hits %q, Known %v; want rehab#s1 covering all of it", q, keysOfHits(r), r.Known)
		}
	}
}

func TestSearchForeign(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon+"\nforeign: فيلر | filler\n")
	for q, want := range map[string]bool{
		"هل البوتوكس مثل الفيلر؟":     true,
		"botox or filler for lips":    true,
		"ابي بوتوكس بدون فيلر":        false, // what the patient does not want is not the topic
		"botox without filler please": false,
		"هل البوتوكس يعالج الصداع؟":   false,
	} {
		if got := ix.Search(Query{Text: q}).Foreign; got != want {
			t.Errorf("Search(%q).Foreign = %v, want %v", q, got, want)
		}
	}
}

func TestSearchTitleCoverage(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	r := ix.Search(Query{Text: "تشنج الجفن"})
	if topKey(r) != "botox#s5" || r.Hits[0].TitleCoverage <= 0 {
		t.Fatalf("heading match: top %s, TitleCoverage %v; want botox#s5 with TitleCoverage > 0", topKey(r), r.Hits[0].TitleCoverage)
	}
	if got := r.Hits[0].TitleCoverage; got < 0.99 {
		t.Errorf("every concept is in the heading, TitleCoverage = %v, want 1", got)
	}
	// احمرار is in the text of the side-effects passage, not in its heading.
	r = ix.Search(Query{Text: "احمرار"})
	if topKey(r) != "botox#s6" {
		t.Fatalf("احمرار: top %s, want botox#s6", topKey(r))
	}
	if h := r.Hits[0]; h.Coverage <= 0 || h.TitleCoverage != 0 {
		t.Errorf("body match: Coverage %v, TitleCoverage %v; want > 0 and 0", h.Coverage, h.TitleCoverage)
	}
}

func TestSearchSpecific(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	// البوتوكس is in every passage of the Botox document: matching it alone says nothing.
	r := ix.Search(Query{Text: "البوتوكس؟"})
	if len(r.Hits) == 0 {
		t.Fatal("البوتوكس: no hits")
	}
	for _, h := range r.Hits {
		if h.Specific {
			t.Errorf("البوتوكس: hit %s is Specific", h.Passage.Key)
		}
	}
	r = ix.Search(Query{Text: "البوتوكس للتعرق"})
	if topKey(r) != "botox#s2" || !r.Hits[0].Specific {
		t.Errorf("البوتوكس للتعرق: top %s Specific %v; want botox#s2, true", topKey(r), len(r.Hits) > 0 && r.Hits[0].Specific)
	}
}

func TestSearchFollowsTopic(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	for _, topic := range []string{"botox#s2", "botox#s3"} {
		r := ix.Search(Query{Text: "وكم يدوم؟", Topic: topic})
		if got := topKey(r); got != topic {
			t.Errorf("follow-up after %s: top %s, want %s (all %q)", topic, got, topic, keysOfHits(r))
		}
	}
	// The topic helps a follow-up; it must not override a question about something else.
	r := ix.Search(Query{Text: "وش الاعراض الجانبية؟", Topic: "botox#s2"})
	if got := topKey(r); got != "botox#s6" {
		t.Errorf("new question after a topic: top %s, want botox#s6", got)
	}
	// An unknown topic key is ignored.
	a := ix.Search(Query{Text: "كم يدوم التأثير", Topic: "nope#s9"})
	b := ix.Search(Query{Text: "كم يدوم التأثير"})
	if !slices.Equal(keysOfHits(a), keysOfHits(b)) {
		t.Errorf("unknown topic changed the result: %q vs %q", keysOfHits(a), keysOfHits(b))
	}
}

func TestSearchStripsPrefixOfUnknownWords(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	tests := []struct {
		q    string
		want []string
	}{
		{"لتشنج", []string{"تشنج"}},              // ل + known word
		{"بتشنج الجفن", []string{"تشنج", "جفن"}}, // ب + known word
		{"بروتين", []string{"بروت"}},             // a known word that starts with ب keeps its ب
		{"لمطعم", []string{"لمطعم"}},             // nothing known without the prefix either
		{"لبوتوكس", []string{"بوتوكس"}},
		{"حقنت", []string{"حقن"}},  // a verb in the past: حقنت, I injected
		{"يرخوا", []string{"يرخ"}}, // the dialects' plural: يرخوا, they relax
	}
	for _, tt := range tests {
		if got := ix.keys(Words(tt.q)); !slices.Equal(got, tt.want) {
			t.Errorf("keys(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	if r := ix.Search(Query{Text: "علاج لتشنج الجفن"}); topKey(r) != "botox#s5" {
		t.Errorf("لتشنج: top %s, want botox#s5", topKey(r))
	}
}

func TestIndexStats(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	got := ix.Stats()
	lx := MustParseLexicon(t, searchLexicon)
	want := Stats{Documents: 2, Sections: 7, FAQs: 1, Passages: 8,
		LexiconGroups: lx.Groups(), LexiconMembers: lx.Members()}
	if got != want {
		t.Errorf("Stats() = %+v, want %+v", got, want)
	}
	if want.LexiconGroups != 13 {
		t.Errorf("test lexicon has %d groups, want 13", want.LexiconGroups)
	}
	if len(ix.Docs()) != 2 {
		t.Errorf("Docs() has %d documents", len(ix.Docs()))
	}
	empty, err := Build(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st := empty.Stats(); st != (Stats{}) {
		t.Errorf("empty index Stats() = %+v", st)
	}
	if r := empty.Search(Query{Text: "البوتوكس"}); len(r.Hits) != 0 {
		t.Errorf("empty index found %d hits", len(r.Hits))
	}
}

func TestPassages(t *testing.T) {
	doc := &Document{ID: "d", Title: "T", Questions: []string{"سؤال عام؟"}, Sections: []Section{
		{ID: "s1", Title: "قصير", Blocks: []Block{
			{Kind: Paragraph, Text: "الفقرة الأولى."},
			{Kind: Paragraph, Text: "من الخطوات:"},
			{Kind: List, Text: "- أولا\n- ثانيا"},
		}},
		{ID: "s2", Title: "طويل", Questions: []string{"متى؟"}, Blocks: []Block{
			{Kind: Paragraph, Text: strings.Repeat("كلام ", 120)},
			{Kind: Paragraph, Text: strings.Repeat("نص ", 200)},
		}},
	}, FAQs: []FAQ{{ID: "q1", Question: "هل؟", Answer: "نعم."}}}
	ps := passagesOf(doc)
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d|%q|ctx=%v", p.Key, p.Section, p.Question, len(p.Questions),
			firstLine(p.Text), p.Context != ""))
	}
	want := []string{
		`d#s1|قصير||1|"الفقرة الأولى."|ctx=true`,
		`d#s1|قصير||1|"من الخطوات:"|ctx=true`,
		`d#s2|طويل||1|"كلام كلام كلام ك"|ctx=false`,
		`d#s2|طويل||1|"نص نص نص نص نص ن"|ctx=false`,
		`d#q1|هل؟|هل؟|0|"نعم."|ctx=false`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\ngot  %q\nwant %q", got, want)
	}
	// The introduction travels with its list, and a short section answers whole.
	if ps[1].Text != "من الخطوات:\n- أولا\n- ثانيا" {
		t.Errorf("introduced list = %q", ps[1].Text)
	}
	if want := "الفقرة الأولى.\n\nمن الخطوات:\n\n- أولا\n- ثانيا"; ps[0].Answer() != want || ps[1].Answer() != want {
		t.Errorf("short section Answer() = %q, want the whole section", ps[0].Answer())
	}
	if ps[2].Answer() != ps[2].Text {
		t.Error("a long section's passage should answer with itself")
	}
	if !slices.Equal(ps[0].Questions, []string{"سؤال عام؟"}) || !slices.Equal(ps[2].Questions, []string{"متى؟"}) {
		t.Errorf("alternate questions: %q, %q", ps[0].Questions, ps[2].Questions)
	}
}

// firstLine is the first 16 runes of a passage's first line, enough to tell passages apart.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 16 {
		s = string(r[:16])
	}
	return s
}

func TestSearchConcurrently(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	qs := []string{"الصداع النصفي", "lip flip", "وكم يدوم؟", "تعرق", "مطعم", "تشنج الجفن"}
	want := make([][]string, len(qs))
	for i, q := range qs {
		want[i] = keysOfHits(ix.Search(Query{Text: q}))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 20; n++ {
				i := (g + n) % len(qs)
				if got := keysOfHits(ix.Search(Query{Text: qs[i]})); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Search(%q) = %q, want %q", qs[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestOpenDefault(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	st := ix.Stats()
	if st.Documents != 2 || st.Sections < 10 || st.FAQs < 4 || st.Passages < st.Sections {
		t.Errorf("Stats() = %+v", st)
	}
	// The examples, on the clinic's own texts.
	for _, tt := range []struct{ q, section string }{
		{"كم يدوم مفعول البوتكس؟", "مدة النتائج والمتابعة"},
		{"what is botox?", ""},
		{"هل البوتوكس يعالج الشقيقة؟", "الصداع النصفي"},
	} {
		r := ix.Search(Query{Text: tt.q})
		if len(r.Hits) == 0 {
			t.Errorf("Search(%q): no hits", tt.q)
			continue
		}
		if !strings.Contains(r.Hits[0].Passage.Section+" "+r.Hits[0].Passage.Text, tt.section) {
			t.Errorf("Search(%q) top %s %q, want one about %q", tt.q, r.Hits[0].Passage.Key, r.Hits[0].Passage.Section, tt.section)
		}
	}
}

// TestQueryShortcuts: Words given with the text and TopicConcepts change nothing but the work done.
func TestQueryShortcuts(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	const most = 2
	applied, ignored := 0, 0
	for _, text := range testQuestions(t) {
		for _, topic := range []string{"", ix.passages[0].Key, ix.passages[len(ix.passages)-1].Key} {
			plain := ix.Search(Query{Text: text, Topic: topic, Limit: 6})
			if got := ix.Search(Query{Text: text, Words: Words(text), Topic: topic, Limit: 6}); !reflect.DeepEqual(got, plain) {
				t.Fatalf("%q with its words: %+v, without: %+v", text, got, plain)
			}
			want := plain
			if topic != "" && plain.Concepts > most {
				want = ix.Search(Query{Text: text, Limit: 6})
				ignored++
			} else if topic != "" {
				applied++
			}
			if got := ix.Search(Query{Text: text, Topic: topic, TopicConcepts: most, Limit: 6}); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q, topic %q for at most %d concepts: %+v, want %+v", text, topic, most, got, want)
			}
		}
	}
	if applied < 100 || ignored < 100 {
		t.Fatalf("topic applied %d times, ignored %d", applied, ignored)
	}
}

// TestStopWord: StopWord is what Analyze says of a word.
func TestStopWord(t *testing.T) {
	texts := testQuestions(t)
	docs, err := Load(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, s := range d.Sections {
			for _, b := range s.Blocks {
				texts = append(texts, b.Text)
			}
		}
	}
	stops := 0
	for _, text := range texts {
		for _, term := range Analyze(text) {
			if got := StopWord(term.Word); got != (term.Stem == "") {
				t.Fatalf("StopWord(%q) = %v, Analyze gives stem %q", term.Word, got, term.Stem)
			}
			if term.Stem == "" {
				stops++
			}
		}
	}
	if stops < 100 {
		t.Fatalf("only %d stop words seen", stops)
	}
}

// A question type (a "type:" line) is answered by a passage whose heading says it, or by one about
// something specific the question names; a passage that only mentions it in passing does not count it.
func TestSearchQuestionType(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "العلاج", Lang: "ar", Sections: []Section{
		section("s1", "ما هو العلاج", "العلاج بروتين يرخي العضلات، ويقلل الألم المزمن عند بعض المرضى."),
		section("s2", "علاج التعرق", "يقلل العلاج التعرق، والحقن غير مؤلم في الغالب."),
		section("s3", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}}
	for _, tt := range []struct {
		lexicon string
		want    float64 // coverage of the passage on pain relief for «هل العلاج مؤلم»
	}{{"الم | مؤلم | pain\n", 1}, {"type: الم | مؤلم | pain\n", 0}} {
		ix := MustBuild(t, docs, tt.lexicon)
		r := ix.Search(Query{Text: "هل العلاج مؤلم"})
		for _, h := range r.Hits {
			if h.Passage.Key == "d#s1" && (h.Coverage == 1) != (tt.want == 1) {
				t.Errorf("%q: d#s1 coverage %.2f, want it complete: %v", tt.lexicon, h.Coverage, tt.want == 1)
			}
		}
		// The passage about sweating names a specific concept of the question: there the type counts.
		r = ix.Search(Query{Text: "هل علاج التعرق مؤلم"})
		if topKey(r) != "d#s2" || r.Hits[0].Coverage != 1 {
			t.Errorf("%q: هل علاج التعرق مؤلم: top %s; want d#s2 with full coverage", tt.lexicon, topKey(r))
		}
	}
}

// An "aspect:" line asks something of a topic: Result.Aspects marks its concept, and only its concept,
// whatever the question's order; a plain line marks none. It is searched as a plain group: the
// passage saying the word covers it in full.
func TestSearchAspects(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "الكلف", Lang: "ar", Sections: []Section{
		section("s1", "الكلف", "الكلف بقع بنية على الوجه، ولا يزول نهائيا لكنه يخف بالعلاج."),
	}}}
	for _, tt := range []struct {
		lexicon string
		want    uint64
	}{{"دائم | نهائي | permanent\n", 0}, {"aspect: دائم | نهائي | permanent\n", 1 << 1}} {
		ix := MustBuild(t, docs, tt.lexicon)
		r := ix.Search(Query{Text: "الكلف دائم"})
		if r.Aspects != tt.want || topKey(r) != "d#s1" || r.Hits[0].Coverage != 1 {
			t.Errorf("%q: Aspects %b, top %s; want %b and d#s1 with full coverage", tt.lexicon, r.Aspects, topKey(r), tt.want)
		}
	}
}

func TestFuture(t *testing.T) {
	for w, want := range map[string]string{
		"هحتاج": stopKey + "احتاج", // ه + احتاج, its alif dropped
		"حيوجع": stemWord("يوجع"),
		"هيفحص": stemWord("يفحص"),
		"هيعمل": stopKey + "يعمل",  // the light verb, a stop word
		"هو":    "",                // too short to carry a particle
		"بحتاج": stopKey + "احتاج", // the present's ب, the first person's alif dropped
		"بيوجع": stemWord("يوجع"),
		"بمية":  "", // «ب» + «مية» (water): four letters carry no ب of the present
	} {
		if got, _ := future(Normalize(w)); got != want {
			t.Errorf("future(%q) = %q, want %q", w, got, want)
		}
	}
}

// Shared and Matched say which of the question's concepts each passage holds: two passages of equal
// coverage may hold different ones.
func TestSearchSharedConcepts(t *testing.T) {
	md := "---\ntitle: العيادة\npage_id: c\n---\n## أ\n\nالسباحة ممنوعة بعد الليزر أسبوعين.\n\n" +
		"## ب\n\nالقيادة ممنوعة بعد الليزر يوما.\n\n## ج\n\nالنظارة تحمي العين من الغبار.\n"
	ix, err := Open(fstest.MapFS{"c.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	r := ix.Search(Query{Text: "السباحة بعد الليزر"})
	got := map[string]Hit{}
	for _, h := range r.Hits {
		got[h.Passage.Key] = h
	}
	a, b := got["c#s1"], got["c#s2"]
	if a.Shared != 2 || b.Shared != 1 || a.Passage == nil || b.Passage == nil {
		t.Fatalf("Shared: c#s1 %d, c#s2 %d (hits %q); want 2 and 1", a.Shared, b.Shared, keysOfHits(r))
	}
	if a.Matched&b.Matched != b.Matched || a.Matched == b.Matched {
		t.Errorf("Matched: c#s1 %b, c#s2 %b; want c#s2's concepts among c#s1's, and fewer", a.Matched, b.Matched)
	}
}

// A concept the lexicon gives only in one script ("after", a dialect word) is marked in OneScript: only
// pages in that script can hold it. One it gives in both («حامل», "pregnant") is not.
func TestSearchOneScript(t *testing.T) {
	ix := MustBuild(t, testDocs(), searchLexicon)
	for q, want := range map[string][]bool{
		"pregnant after injection": {false, true, false},
		"حامل وعندي تشنج من شهور":  {false, false, true},
	} {
		r := ix.Search(Query{Text: q})
		concepts := ix.Explain(q)
		if len(concepts) != len(want) {
			t.Fatalf("%q: %d concepts, want %d", q, len(concepts), len(want))
		}
		for i, w := range want {
			if got := r.OneScript&(1<<i) != 0; got != w {
				t.Errorf("%q: concept %q one script %v, want %v", q, concepts[i].Said, got, w)
			}
		}
	}
}

// Common counts only the concepts said in both scripts, and Fit is the part of a hit's rank for being
// the kind of answer asked: an English summary that holds "after" besides what an Arabic section holds
// has more Coverage, not more Common; the definition a "what is" question asks for has a Fit.
func TestSearchCommonAndFit(t *testing.T) {
	docs := []*Document{
		{ID: "ar", Title: "البوتوكس", Lang: "ar", Sections: []Section{
			section("s1", "ما هو البوتوكس", "البوتوكس بروتين يرخي العضلات لفترة مؤقتة، والحمل يمنع الحقن."),
		}},
		{ID: "en", Title: "Botox", Lang: "en", Sections: []Section{
			section("s1", "Botox", "Do not have botox while pregnant, or straight after a facial."),
		}},
	}
	ix := MustBuild(t, docs, searchLexicon)
	r := ix.Search(Query{Text: "pregnant after botox"})
	got := map[string]Hit{}
	for _, h := range r.Hits {
		got[h.Passage.Key] = h
	}
	a, e := got["ar#s1"], got["en#s1"]
	if a.Passage == nil || e.Passage == nil {
		t.Fatalf("hits %q: want both pages", keysOfHits(r))
	}
	if e.Coverage <= a.Coverage || a.Common <= 0 || math.Abs(e.Common-a.Common) > 1e-9 {
		t.Errorf("coverage en %.2f ar %.2f, common en %.2f ar %.2f; want en covering more, both the same in common",
			e.Coverage, a.Coverage, e.Common, a.Common)
	}
	r = ix.Search(Query{Text: "what is botox"})
	if len(r.Hits) != 2 {
		t.Fatalf("what is botox: hits %q, want both pages", keysOfHits(r))
	}
	for _, h := range r.Hits {
		if want := h.Passage.Key == "ar#s1"; (h.Fit > 0) != want {
			t.Errorf("what is botox: %s fit %.2f, want a fit only for the definition", h.Passage.Key, h.Fit)
		}
	}
}

// TestCommonerAlt: a word with the preposition ل whose stem the pages know only from that word
// written with it («لجلسة» → «لجلس») is read without it when the pages use the stem without it in
// many passages more; not a word whose ل is its own and whose stem only the lexicon knows («لويحي»),
// nor «لل» + a noun.
func TestCommonerAlt(t *testing.T) {
	var secs []Section
	for i, text := range []string{"الجلسة الأولى تقييم.", "مدة الجلسة نصف ساعة.", "بعد الجلسة ترتاح.",
		"نحتاج عادة ست جلسات.", "تحضر لجلسة المتابعة بعد أسبوع.", "التصلب اللويحي يحتاج طبيب أعصاب."} {
		secs = append(secs, section(string(rune('a'+i)), "صفحة", text))
	}
	ix := MustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: secs}}, "تصلب لويحي | ms")
	for w, want := range map[string]string{"لجلسة": "جلس", "لويحي": "لويح", "للجلسة": "جلس"} {
		if got := ix.keys([]string{Normalize(w)}); len(got) != 1 || got[0] != want {
			t.Errorf("keys(%s) = %q, want [%s]", w, got, want)
		}
	}
}

// TestShortDual: the dual of a noun of two letters, with the article («الخدين», «الفكين»), meets
// the noun; without it («سنين», years) the word stays its own.
func TestShortDual(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("a", "الخد", "يحقن الفيلر في الخد لملء الفراغ."),
		section("b", "الفك", "ألم الفك بعد الحشو يزول."),
		section("c", "السن", "نخلع السن المكسور."),
	}}}, "")
	for w, want := range map[string]string{"الخدين": "خد", "الفكين": "فك", "سنين": "سنين"} {
		if got := ix.keys([]string{Normalize(w)}); len(got) != 1 || got[0] != want {
			t.Errorf("keys(%s) = %q, want [%s]", w, got, want)
		}
	}
}

// An Arabizi verb with the future's or the present's particle and the first person's alif dropped
// («b7taj», «ha7taj»: بحتاج, هحتاج, I will need) reads as the verb, a stop word here, not as a word the
// question names that the pages lack.
func TestArabiziPresentParticle(t *testing.T) {
	ix := MustBuild(t, []*Document{{ID: "d", Title: "x", Lang: "ar", Sections: []Section{section("s", "النظارة", "قد تحتاج نظارة للقراءة بعد العملية")}}}, "")
	for _, q := range []string{"b7taj", "ha7taj", "بحتاج"} {
		if keys := ix.arabicKeys(ix.inArabic(Words(q + " el 3amaliye"))); !strings.HasPrefix(keys[0], stopKey) {
			t.Errorf("keys(%q) = %q, want a stop word first", q, keys)
		}
	}
}
