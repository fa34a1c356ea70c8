package bot_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

var (
	engineOnce sync.Once
	engine     *bot.Engine
	engineErr  error
)

// mustEngine returns an engine over the embedded knowledge base, built once per test binary.
func mustEngine(tb testing.TB) *bot.Engine {
	tb.Helper()
	engineOnce.Do(func() {
		var ix *knowledge.Index
		ix, engineErr = knowledge.Open(knowledge.Default())
		if engineErr == nil {
			engine = bot.NewEngine(ix, bot.Config{})
		}
	})
	if engineErr != nil {
		tb.Fatal(engineErr)
	}
	return engine
}

func TestReplyInvariants(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"", "   ", "؟؟؟", "🙂", "asdkjh qwe", "السلام عليكم", "ابي احجز", "كم يدوم البوتوكس",
		"ما اقدر اتنفس", "علاج", strings.Repeat("بوتوكس ", 500)} {
		checkReply(t, e, q)
	}
}

// FuzzRespond: any message gets a well-formed reply, and a red flag stays one whatever is added
// after it on a new line.
func FuzzRespond(f *testing.F) {
	for _, q := range []string{"كم يدوم مفعول البوتكس؟", "امي تتنفس بصعوبه", "ما عندي اي ضيق تنفس", "بدون فيلر",
		"وشفايفها ولسانها منتفخين", "هل البوتوكس يسبب صعوبة بلع؟", "can't breathe", "ال و ب ل", "ما ما ما يرفع"} {
		f.Add(q)
	}
	e := mustEngine(f)
	f.Fuzz(func(t *testing.T, q string) {
		checkReply(t, e, q)
		if r, _ := e.Respond("ما اقدر اتنفس\n"+q, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("a red flag followed by %q: %s, want emergency", q, r.Kind)
		}
	})
}

func checkReply(t *testing.T, e *bot.Engine, q string) {
	t.Helper()
	r, _ := e.Respond(q, bot.State{})
	if r.Sources == nil || r.Suggestions == nil {
		t.Errorf("Respond(%q): nil sources or suggestions: %+v", q, r)
	}
	if r.Confidence < 0 || r.Confidence > 1 {
		t.Errorf("Respond(%q): confidence %v outside [0,1]", q, r.Confidence)
	}
	if r.Kind == bot.KindAnswer && len(r.Sources) == 0 {
		t.Errorf("Respond(%q): answer without a source", q)
	}
	if len(r.Suggestions) > 3 {
		t.Errorf("Respond(%q): %d suggestions, want at most 3", q, len(r.Suggestions))
	}
	if r.Text == "" {
		t.Errorf("Respond(%q): empty text", q)
	}
}

func TestEmptyInputFallsBack(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{"", "  \n ", "؟", "!!!", "🙂🙂"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback {
			t.Errorf("Respond(%q).Kind = %s, want fallback", q, r.Kind)
		}
	}
}

func TestEmergencyTextIsConfigurable(t *testing.T) {
	ix, err := knowledge.Open(knowledge.Default())
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(ix, bot.Config{EmergencyText: "call 997"})
	r, st := e.Respond("ما اقدر ابلع بعد البوتوكس", bot.State{Topic: "botox-medical-uses#s5"})
	if r.Kind != bot.KindEmergency || r.Text != "call 997" || len(r.Sources) != 0 {
		t.Errorf("got %+v, want emergency with the configured text and no sources", r)
	}
	if st.Topic != "" {
		t.Errorf("topic after an emergency = %q, want none", st.Topic)
	}
	if r, _ := mustEngine(t).Respond("ما اقدر ابلع", bot.State{}); r.Text != bot.DefaultEmergencyText {
		t.Errorf("default engine text = %q", r.Text)
	}
}

func TestAnswersComeFromTheClinicText(t *testing.T) {
	e := mustEngine(t)
	ix, _ := knowledge.Open(knowledge.Default())
	var corpus strings.Builder
	for _, d := range ix.Docs() {
		for _, s := range d.Sections {
			corpus.WriteString(s.Title + "\n")
			for _, b := range s.Blocks {
				corpus.WriteString(b.Text + "\n")
			}
		}
		for _, f := range d.FAQs {
			corpus.WriteString(f.Answer + "\n")
		}
	}
	for _, q := range []string{"كم يدوم مفعول البوتكس؟", "what is traptox?", "وش الاعراض الجانبية للبوتكس", "ابي اسوي ليب فليب"} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer {
			t.Fatalf("Respond(%q).Kind = %s, want answer", q, r.Kind)
		}
		// Every line is the clinic's: a heading (a list's, with a colon), a paragraph or a list item;
		// but the first may say, in the patient's language, that the page is in another.
		lines := strings.Split(r.Text, "\n")
		if lines[0] == "This answer is from the clinic's Arabic page:" {
			lines = lines[1:]
		}
		for _, line := range lines {
			line = strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- ")), ":")
			if !strings.Contains(corpus.String(), line) {
				t.Errorf("Respond(%q) text is not the clinic's own: %q", q, line)
			}
		}
	}
}

func TestFollowUpUsesPreviousTopic(t *testing.T) {
	e := mustEngine(t)
	r, st := e.Respond("عندي تعرق زايد في اليدين، ينفع البوتوكس؟", bot.State{})
	if r.Kind != bot.KindAnswer || st.Topic == "" {
		t.Fatalf("first turn: %s, topic %q", r.Kind, st.Topic)
	}
	r2, st2 := e.Respond("وكم يدوم؟", st)
	if r2.Kind != bot.KindAnswer {
		t.Fatalf("follow-up kind = %s, want answer", r2.Kind)
	}
	if !strings.Contains(r2.Text, "الغدد العرقية") || !strings.Contains(r2.Text, "أشهر") {
		t.Errorf("follow-up answered %q, want the sweating passage with its duration", r2.Text)
	}
	if st2.Topic != st.Topic {
		t.Errorf("topic moved from %q to %q", st.Topic, st2.Topic)
	}
	// Without the context the same words are about botox in general, not sweating.
	r3, _ := e.Respond("وكم يدوم؟", bot.State{})
	if strings.Contains(r3.Text, "الغدد العرقية") {
		t.Errorf("without context, got the sweating passage: %q", r3.Text)
	}
	// A full new question leaves the old topic.
	r4, _ := e.Respond("وش الاعراض الجانبية للبوتكس", st)
	if !strings.Contains(r4.Text, "احمرار") {
		t.Errorf("new question after sweating answered %q", r4.Text)
	}
}

func TestLanguageOfReply(t *testing.T) {
	e := mustEngine(t)
	tests := []struct{ q, wantLang, wantSub string }{
		{"hello", "en", "Hello"},
		{"مرحبا", "ar", "أهلاً"},
		{"thanks", "en", "welcome"},
		{"شكرا", "ar", "العفو"},
		{"where is the clinic located", "en", "staff"},
		{"what is the capital of France", "en", "Sorry"},
	}
	for _, tt := range tests {
		r, st := e.Respond(tt.q, bot.State{})
		if st.Lang != tt.wantLang || !strings.Contains(r.Text, tt.wantSub) {
			t.Errorf("Respond(%q) = %s %q (lang %s), want lang %s containing %q", tt.q, r.Kind, r.Text, st.Lang, tt.wantLang, tt.wantSub)
		}
	}
}

func TestClarifyOnABareBroadWord(t *testing.T) {
	e := mustEngine(t)
	r, _ := e.Respond("علاج", bot.State{})
	if r.Kind != bot.KindClarify || len(r.Suggestions) < 2 {
		t.Fatalf("got %s with %d suggestions, want clarify with choices", r.Kind, len(r.Suggestions))
	}
	// A question about the same broad word is answered.
	if r, _ := e.Respond("ايش هو البوتوكس؟", bot.State{}); r.Kind != bot.KindAnswer {
		t.Errorf("definition question got %s", r.Kind)
	}
}

func TestFallbackOffersSuggestions(t *testing.T) {
	r, _ := mustEngine(t).Respond("ما هي عاصمة فرنسا", bot.State{})
	if r.Kind != bot.KindFallback || len(r.Suggestions) == 0 || r.Confidence != 0 {
		t.Errorf("got %+v, want fallback with suggestions and confidence 0", r)
	}
}

// TestThresholds pins the calibration of DefaultMinCoverage: questions the clinic's text answers clear
// it, questions that share a word or two with it do not.
func TestThresholds(t *testing.T) {
	e := mustEngine(t)
	answer := []string{"جلسات البوتوكس للتعرق تحت الابط", "عندي رفة في عيني دايم هل البوتكس يفيد",
		"ايش المضاعفات اللي ممكن تصير بعد البوتوكس", "هل البوتوكس يرخي العضلات", "البوتوكس كم يقعد في الوجه",
		// Dialect filler the pages never use does not hide the topic.
		"ابطي يعرق بشكل محرج حتى وانا بالمكيف", "عيني ترمش غصب عني وترف طول الوقت",
		"البوتكس كم يقعد؟ يعني كم شهر يستمر معي",
		// The weather named beside a clinic topic is part of the question.
		"الجو اليوم حار وانا اعرق كثير هل البوتوكس يفيد"}
	fallback := []string{"هل البوتوكس حلال", "وش افضل مطعم في الرياض", "هل تعالجون تساقط الشعر؟", "هل البوتوكس مؤلم",
		"كيف اطبخ كبسة", "هل عندكم فلر للشفايف", "who won the football match yesterday",
		// A topic the lexicon names as not covered («foreign:») is not answered from the words it shares.
		"هل البوتوكس يفيد للاكتئاب", "هل البوتكس امن للحامل", "can I do botox and laser on the same day",
		// The weather, although the pages say «درجات الحرارة».
		"كم درجة الحرارة بالرياض اليوم", "what's the weather today in riyadh"}
	for _, q := range answer {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer {
			t.Errorf("Respond(%q).Kind = %s, want answer", q, r.Kind)
		}
	}
	for _, q := range fallback {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback {
			t.Errorf("Respond(%q).Kind = %s (%q), want fallback", q, r.Kind, r.Text)
		}
	}
}

// A long message tells a story around what it asks: its own words dilute coverage, so a passage that
// holds two of its things answers it at a lower bar; a short question sharing one word still falls back.
func TestStoryQuestions(t *testing.T) {
	e := mustEngine(t)
	for _, c := range []struct {
		q    string
		want bot.Kind
		has  string
	}{
		{"مرحبا انا موظف بنك عمري ٤٠ وصار لي سنين مع صداع نصفي يجيني مرتين بالاسبوع، جربت حبوب كثير من الصيدلية وما نفعت، اخوي قال لي عن البوتوكس، هل يفيد للشقيقة؟",
			bot.KindAnswer, "الصداع النصفي"},
		{"هل عندكم فلر للشفايف", bot.KindFallback, ""},
		{"who won the football match yesterday", bot.KindFallback, ""},
	} {
		r, _ := e.Respond(c.q, bot.State{})
		if r.Kind != c.want || !strings.Contains(r.Text, c.has) {
			t.Errorf("Respond(%q) = %s %q, want %s with %q", c.q, r.Kind, r.Text, c.want, c.has)
		}
	}
}

// Editors can teach the bot a phrasing by adding it to a section's front matter.
func TestAlternateQuestionsRouteToTheirSection(t *testing.T) {
	md := "---\ntitle: عيادة\npage_id: clinic\nsections:\n  \"بعد الجلسة\":\n    questions: [\"متى اقدر ارجع للنادي؟\"]\n---\n" +
		"## قبل الجلسة\n\nيفضل عدم تناول المسكنات قبل الجلسة بيوم.\n\n## بعد الجلسة\n\nتجنب التمارين الرياضية الشاقة لمدة يوم كامل.\n"
	fsys := fstest.MapFS{"clinic.md": {Data: []byte(md)}}
	ix, err := knowledge.Open(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(ix, bot.Config{})
	r, _ := e.Respond("متى اقدر ارجع للنادي", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "التمارين") || r.Sources[0].Section != "بعد الجلسة" {
		t.Errorf("got %s %q from %+v, want the after-session section", r.Kind, r.Text, r.Sources)
	}
}

// A question about one item of a long list is answered with that item under the list's heading; when
// the items are bare names (the treatments the clinic offers), with the whole list: «- تنحيف الفك»
// alone under its heading would say no more than the question did.
func TestListAnswersQuoteTheItemAsked(t *testing.T) {
	r, _ := mustEngine(t).Respond("ابغى اسوي تنحيف للفك", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "تنحيف الفك") || !strings.Contains(r.Text, "تنحيف الساق") {
		t.Errorf("got %s %q, want the jaw item in the whole list of names", r.Kind, r.Text)
	}
	r, _ = mustEngine(t).Respond("يعني البوتوكس بيسوي شلل العضلات؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "شلل العضلات:\n  - بدون") || strings.Contains(r.Text, "الأستيل كولين:") {
		t.Errorf("got %s %q, want the item on paralysis alone, its nested text under it", r.Kind, r.Text)
	}
}

// The red-flag corpus: many ways patients and relatives write each red flag, in Gulf, Levantine, Egyptian
// and formal Arabic and in English; and questions that name a symptom without having it.
func TestRedFlagCorpus(t *testing.T) {
	e := mustEngine(t)
	for _, c := range []struct {
		file      string
		emergency bool
	}{{"testdata/redflags.txt", true}, {"testdata/not-redflags.txt", false}} {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			r, _ := e.Respond(line, bot.State{})
			if (r.Kind == bot.KindEmergency) != c.emergency {
				t.Errorf("%s: Respond(%q).Kind = %s", c.file, line, r.Kind)
			}
		}
	}
}

// A general question about a red-flag symptom is no emergency; it is answered from the clinic's
// side effects, which name none of the symptoms the patient asks about.
func TestRiskQuestionsGetTheSideEffects(t *testing.T) {
	e := mustEngine(t)
	for _, q := range []string{
		"هل البوتوكس ممكن يسبب صعوبه في البلع او التنفس؟",
		"سمعت ان البوتكس يسبب زغللة، صحيح؟",
		"Can botox cause an allergic reaction?",
	} {
		r, _ := e.Respond(q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "احمرار بسيط") {
			t.Errorf("%q: %s %.40q, want the side effects", q, r.Kind, r.Text)
		}
	}
	// Anything personal makes it an emergency again.
	if r, _ := e.Respond("هل البوتوكس يسبب صعوبة بلع؟ لان امي ما تقدر تبلع", bot.State{}); r.Kind != bot.KindEmergency {
		t.Errorf("a risk question about the patient's mother: %s, want emergency", r.Kind)
	}
}

// A risk question whose thing and effect a passage speaks of is answered by that passage, not by the
// side effects: the glaucoma page says it takes sight, which the side effects of laser do not.
func TestRiskQuestionsThePagesAnswer(t *testing.T) {
	md := "---\ntitle: عيادة العيون\npage_id: eye\n---\n" +
		"## ما هي الجلوكوما؟\n\nالجلوكوما ارتفاع في ضغط العين يتلف العصب البصري تدريجيًا، وقد تؤدي إلى فقدان البصر الذي لا يمكن استعادته، لكن العلاج المبكر يوقف تقدمها.\n\n" +
		"## علاج الجلوكوما\n\nنبدأ بقطرات تخفض ضغط العين، وقد نلجأ إلى الليزر.\n\n" +
		"## الآثار الجانبية والمخاطر\n\nأكثر الآثار الجانبية شيوعًا بعد الليزك جفاف العين وهالات حول الأضواء ليلًا.\n"
	e := pageEngine(t, fstest.MapFS{"eye.md": {Data: []byte(md)}})
	r, _ := e.Respond("هل يمكن أن تؤدي الجلوكوما إلى فقدان البصر؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "لا يمكن استعادته") {
		t.Errorf("whether glaucoma takes sight: %s %.60q, want the glaucoma page", r.Kind, r.Text)
	}
	r, _ = e.Respond("هل الليزك ممكن يسبب فقدان البصر؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "جفاف العين") {
		t.Errorf("whether LASIK takes sight, which no page says: %s %.60q, want the side effects", r.Kind, r.Text)
	}
}

// An Arabic question is answered from the Arabic page when its passage answers as well; not when a
// page in another language leads it by far (langLead), its heading asking what the patient asks and
// its text telling the time: the Arabic section on the first visit's examination tells none.
func TestPatientsLanguageGivesWayToAFarBetterAnswer(t *testing.T) {
	en := "---\ntitle: Physiotherapy - Quick Guide\nlang: en\npage_id: guide-en\n---\n" +
		"## Your first visit\n\nThe first visit takes 45 to 60 minutes: the physiotherapist asks about your pain and examines how you move.\n\n" +
		"## Exercises at home\n\nDo the exercises you are shown every day.\n"
	ar := "---\ntitle: آلام الظهر والرقبة\npage_id: back\n---\n" +
		"## التقييم والتشخيص\n\nفي الزيارة الأولى يسأل الطبيب عن بداية الألم ومكانه، ثم يفحص حركة العمود الفقري. نطلب الأشعة فقط عند عدم التحسن بعد ستة أسابيع من العلاج.\n\n" +
		"## خطة العلاج\n\nتمارين تقوية وإطالة مع العلاج اليدوي.\n"
	e := pageEngine(t, fstest.MapFS{"guide-en.md": {Data: []byte(en)}, "back.md": {Data: []byte(ar)}})
	r, _ := e.Respond("اول زياره كم تاخذ وقت؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "45 to 60 minutes") {
		t.Errorf("how long the first visit takes: %s %.80q, want the English page's answer", r.Kind, r.Text)
	}
	r, _ = e.Respond("شو بيصير بالزيارة الأولى؟", bot.State{})
	if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "يفحص حركة العمود الفقري") {
		t.Errorf("what happens at the first visit: %s %.80q, want the Arabic page", r.Kind, r.Text)
	}
}

// corpusLines returns the messages of a corpus file (one a line, # comments), from the first line
// starting with from on ("" for all).
func corpusLines(t *testing.T, file, from string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	on := from == ""
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		on = on || strings.HasPrefix(line, from)
		if on && line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no messages from %q", file, from)
	}
	return out
}

// dentalEngine is an engine over a second clinic's folder: pages only, no red flags of its own.
func dentalEngine(t *testing.T) *bot.Engine {
	t.Helper()
	ix, err := knowledge.Open(os.DirFS(filepath.Join("testdata", "dental")))
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.RedFlags()) != 0 {
		t.Fatalf("the dental folder has red flags of its own: %v", ix.RedFlags())
	}
	return bot.NewEngine(ix, bot.Config{})
}

// A clinic whose folder holds pages only still gets every universal red flag, and leaves the same
// denials, fears and general questions alone.
func TestUniversalRedFlagsWithoutClinicFile(t *testing.T) {
	e := dentalEngine(t)
	for _, q := range corpusLines(t, "testdata/redflags.txt", "") {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("dental clinic: Respond(%q).Kind = %s, want emergency", q, r.Kind)
		}
	}
	for _, q := range corpusLines(t, "testdata/not-redflags.txt", "# Issue 11") {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("dental clinic: Respond(%q) is an emergency", q)
		}
	}
	// A forehead that cannot move is the home clinic's treatment working; at a clinic that does not
	// say so it is a face that cannot move.
	if r, _ := e.Respond("الجبهه صارت ما تتحرك", bot.State{}); r.Kind != bot.KindEmergency {
		t.Errorf("dental clinic: a still forehead got %s, want emergency", r.Kind)
	}
}

// The home clinic's own red flags (knowledge/kb/redflags.txt) are emergencies there; a clinic
// without them answers these otherwise.
func TestClinicRedFlags(t *testing.T) {
	bot.WithoutNet(t) // the rules' separation: the net knows no clinic
	home, dental := mustEngine(t), dentalEngine(t)
	flaggedElsewhere := 0
	for _, q := range corpusLines(t, "testdata/home-redflags.txt", "") {
		if r, _ := home.Respond(q, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("home clinic: Respond(%q).Kind = %s, want emergency", q, r.Kind)
		}
		if r, _ := dental.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
			flaggedElsewhere++
		}
	}
	if flaggedElsewhere > 1 {
		t.Errorf("%d of the home clinic's own red flags are emergencies without its file: they are not its own", flaggedElsewhere)
	}
}

// What a clinic's own pages send to urgent care is an emergency when a patient reports it now, and
// an answer from those pages when it is asked about.
func TestPagesUrgentSigns(t *testing.T) {
	ix, err := knowledge.Open(os.DirFS(filepath.Join("testdata", "eyeclinic")))
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(ix, bot.Config{})
	for _, q := range []string{
		"سويت ليزك قبل ٣ ايام واليوم الالم فظيع ما يخف بالمسكنات ومعه غثيان",
		"فجأة صرت اشوف ومضات وعوائم كثيرة",
		// A report closing on what to do asks of what it told.
		"سويت ليزك قبل ٣ ايام واليوم الالم فظيع ما يخف بالمسكنات ومعه غثيان، وش اسوي؟",
		"sawet lasik gabl 3 ayam w el alam fazee3 ma y5if bl musakkinat w ma3o ghathayan shu a3mel?",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindEmergency {
			t.Errorf("Respond(%q).Kind = %s, want emergency", q, r.Kind)
		}
	}
	for _, q := range []string{
		"متى لازم اروح الطوارئ بعد الليزك؟",             // a question about the signs
		"لو صار عندي الم شديد ما يخف بالمسكنات وش اسوي", // supposed
		"ما عندي الم ولا غثيان بس عيني ناشفة",           // denied
		"عندي جفاف وحكة بعد العملية",                    // a sign of no urgency
		// A question before the closing one, and one asked first thing, stay questions.
		"متى لازم اروح الطوارئ بعد الليزك؟ وش اسوي؟",
		"متى اروح الطوارئ اذا الالم ما يخف بالمسكنات ومعه غثيان وش اسوي؟",
		"لو صار الالم فظيع ما يخف بالمسكنات ومعه غثيان، ماذا يجب أن أفعل؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("Respond(%q) is an emergency", q)
		}
	}
}

// A sign the dental pages send to urgent care, told and closed on "is this normal?", is an emergency
// when the net reads a red flag in it too; a slight effect asked so is answered.
func TestPagesUrgentSignAskedNormal(t *testing.T) {
	ix, err := knowledge.Open(os.DirFS(filepath.Join("eval", "testdata", "clinics", "dental", "kb")))
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(ix, bot.Config{})
	q := "my adult tooth fell out after i got hit in the face is this normal?"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindEmergency {
		t.Errorf("Respond(%q).Kind = %s, want emergency", q, r.Kind)
	}
	q = "my tooth is a bit sensitive to cold after the filling is this normal?"
	if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
		t.Errorf("Respond(%q) is an emergency", q)
	}
}

// A question whose passage matches only in its text is answered when all but a dialect word of it is
// known to the pages («زهقت»), and still falls back when it names more the clinic never writes of.
func TestOneUnknownWordKeepsTheAnswer(t *testing.T) {
	md := "---\ntitle: عيادة الأسنان\npage_id: dental\n---\n" +
		"## ما بعد الإجراء\n\nإذا امتد الألم إلى الأذن بعد أيام ولم ينفع المسكن فراجع الطبيب، فقد يكون السنخ جافا.\n\n" +
		"## تبييض الأسنان\n\nيفتح التبييض لون الأسنان درجات ويستمر سنة أو أكثر مع العناية بالأسنان.\n\n" +
		"## تقويم الأسنان\n\nيحرك التقويم الأسنان ببطء ويستغرق سنة إلى سنتين، وقد يجرح السلك الخد فيستعمل الشمع. يخفف المسكن ألم الشد.\n"
	e := pageEngine(t, fstest.MapFS{"dental.md": {Data: []byte(md)}})
	q := "الالم امتد الى الاذن والمسكن ما ينفع، هل من شد السلك؟ زهقت"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "السنخ") {
		t.Errorf("Respond(%q) = %s %q, want the answer about pain reaching the ear", q, r.Kind, r.Text)
	}
	q = "الم الاذن من سماعات الكمبيوتر والجوال"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback {
		t.Errorf("Respond(%q) = %s %q, want fallback", q, r.Kind, r.Text)
	}
}

// A passage that holds three of a question's things answers it though its heading names none of them
// and the question has dialect words the pages lack; one that shares a word or two in passing with a
// question about something the clinic never writes of does not.
func TestThreeSharedConceptsAreNotInPassing(t *testing.T) {
	md := "---\ntitle: عيادة الجلدية\npage_id: derma\n---\n" +
		"## بعد الشفاء\n\nقد تترك الحبوب بقعا حمراء أو بنية مكانها، وهي ليست ندبات حقيقية وتتحسن مع الوقت والعلاج.\n\n" +
		"## الأكزيما\n\nالأكزيما التهاب مزمن في الجلد يسبب الحكة والجفاف، ويعالج بالمرطبات والكريمات.\n\n" +
		"## التقشير\n\nيزيل التقشير الكيميائي الطبقة السطحية من الجلد، ويحمر الجلد بعده أياما.\n"
	e := pageEngine(t, fstest.MapFS{"derma.md": {Data: []byte(md)}})
	q := "الحبوب راحت بس خلت بقع حمرا مكانها، ندبات دايمه ولا التقشير يشيلها؟ زهقت"
	if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, "ليست ندبات") {
		t.Errorf("Respond(%q) = %s %q, want the answer about marks after acne", q, r.Kind, r.Text)
	}
	for _, q := range []string{"وش أحسن شامبو للقشرة والحكة؟", "ما أفضل نظام غذائي لإنقاص الوزن؟"} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind != bot.KindFallback {
			t.Errorf("Respond(%q) = %s %q, want fallback", q, r.Kind, r.Text)
		}
	}
}

// A page in the patient's language replaces the passage found only when it answers as well: the
// same things asked, or nearly as high in rank. An English summary that shares "after LASIK" is not
// the answer the Arabic recovery section gives to a question about swimming; an Arabic passage on
// what an English one also covers, trailing it only by the BM25 of the English words, is shown to an
// Arabic patient.
func TestPatientsLanguageOnlyWhenItAnswersAsWell(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"eye", "when can I go swimming after lasik?", "السباحة"},
		{"physio", "عندي شوكة بالكعب من شهور، وش هي الموجات التصادمية؟", "موجات صوتية"},
	} {
		if r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{}); r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) {
			t.Errorf("%s: Respond(%q) = %s %q, want an answer saying %q", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
}

// An English question is answered from the Arabic page, under its note, when the English summary the
// search found holds less of what is asked in words both languages have (the summary's cataract
// section shares "take" and "home" with a question on the glaucoma check, the Arabic section the check
// and driving), or is not the kind of answer asked (a "what is" question, and an English FAQ on
// whether it hurts). The language layer reads "cured" and "hard" lenses, and «أوقف» for "stop".
func TestEnglishQuestionFromTheArabicDetail(t *testing.T) {
	for _, c := range []struct{ clinic, q, want string }{
		{"eye", "how long does a glaucoma check take, and can I drive home afterwards", "ساعة ونصف"},
		{"dental", "what is root canal treatment", "اللب"},
		{"derma", "can psoriasis be cured?", "لا تشفى"},
		{"eye", "do I have to stop my hard lenses before the lasik assessment", "الصلبة"},
	} {
		r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{})
		if r.Kind != bot.KindAnswer || !strings.Contains(r.Text, c.want) ||
			!strings.HasPrefix(r.Text, "This answer is from the clinic's Arabic page:") {
			t.Errorf("%s: Respond(%q) = %s %q, want the Arabic page's answer saying %q, under its note",
				c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
}

// Whether the clinic offers something is answered by a section that names it, not by a passage that
// mentions it in passing: «عندكم حجامة؟» and "do you do veneers?" fall back where the pages only
// mention them, while asking for what the pages treat under its own heading gets its answer.
func TestOfferQuestionsNeedASectionNamingIt(t *testing.T) {
	wantKinds(t, []kindCase{
		{"physio", "عندكم حجامة؟", bot.KindFallback},
		{"dental", "do you do veneers?", bot.KindFallback},
		{"physio", "هل تتوفر لديكم جلسات العلاج المائي في المسبح؟", bot.KindFallback},
		{"physio", "تعالجون الانزلاق الغضروفي؟", bot.KindAnswer},
		{"dental", "تسوون زراعة اسنان؟", bot.KindAnswer},
		{"dental", "do you do teeth whitening?", bot.KindAnswer},
		{"eye", "تسوون ليزك؟", bot.KindAnswer},
		// The thing asked for is a word the pages never use: the words placing it (teeth, sleep)
		// do not say the clinic offers it.
		{"dental", "تعالجون صرير الاسنان بالليل؟", bot.KindFallback},
		{"eye", "عندكم حقن لعلاج الشبكية؟", bot.KindFallback},
		// The story first, then the offer asked in a sentence of its own: the passage on bleeding
		// after an extraction, which shares the story's words, does not say the jaw joint is treated.
		{"dental", "فكي بيطقطق لما افتح بقي، بتعالجوا مفصل الفك؟", bot.KindFallback},
		// Someone to see to what the story tells names no thing of its own: the story is asked about.
		{"physio", "ابني يمشي على اطراف اصابعه دايما، عندكم احد يشوفه؟", bot.KindAnswer},
	})
}

// Whether a treatment causes something the pages never write of cannot be answered from a passage on
// the treatment alone: «هل الليزك يسبب سرطان بالعين؟» falls back; what they do write of is answered,
// by a passage naming both the cause and what it is asked to cause.
func TestCauseThePagesNeverNameFallsBack(t *testing.T) {
	wantKinds(t, []kindCase{
		{"eye", "هل الليزك يسبب سرطان بالعين؟", bot.KindFallback},
		{"eye", "does lasik cause cancer?", bot.KindFallback},
		{"eye", "هل الليزك يسبب جفاف العين؟", bot.KindAnswer},
		// Both things known, but no passage names the two together.
		{"derma", "الليزر يسبب سرطان؟", bot.KindFallback},
		{"derma", "هل الروكتان يسبب اكتئاب؟", bot.KindAnswer},
	})
}

// Egyptian «مفيش» denies as «مافي» does: the signs it denies are no emergency.
func TestEgyptianDenialIsNoEmergency(t *testing.T) {
	if r, _ := clinicEngine(t, "eye").Respond("مفيش وجع ولا ترجيع، بس عيني بتدمع كتير وبتحرقني من التكييف", bot.State{}); r.Kind == bot.KindEmergency {
		t.Errorf("eye clinic: a watering eye with pain and vomiting denied is an emergency")
	}
	e := dentalEngine(t)
	for _, q := range []string{
		"عملت زرعة من ٣ ايام، مفيش حرارة ولا حاجة بس خدي وارم شوية، طبيعي؟",
		"خلعت امبارح وكله تمام ومفيش نزيف ولا ورم، اقدر اكل عادي؟",
	} {
		if r, _ := e.Respond(q, bot.State{}); r.Kind == bot.KindEmergency {
			t.Errorf("Respond(%q) is an emergency", q)
		}
	}
}

// Which kind of a thing is best is said only by a passage that names the thing: «شو أفضل نوع عدسات
// لاصقة ملونة؟» falls back where the pages speak of colours only in another sense, and so does the best
// brand of a mattress; the best kind of what the pages do recommend (artificial tears, a pillow) and the
// best treatment of a condition they treat are answered.
func TestBestKindNeedsAPassageNamingTheThing(t *testing.T) {
	wantKinds(t, []kindCase{
		{"eye", "شو أفضل نوع عدسات لاصقة ملونة للسهرة؟", bot.KindFallback},
		{"physio", "شو افضل ماركة مرتبة للظهر؟", bot.KindFallback},
		{"eye", "ايش احسن نوع قطرات دموع صناعية للجفاف؟", bot.KindAnswer},
		{"physio", "وش افضل مخده للرقبة؟", bot.KindAnswer},
		{"derma", "what's the best treatment for melasma?", bot.KindAnswer},
	})
}

// A passage sharing only words found all over the pages answers when it holds two of them, half the
// question: how botox stops the muscles moving, asked in Arabizi around a verb the pages lack. The
// treatment's name alone («هل البوتوكس حلال؟») still falls back.
func TestTwoGenericWordsAnswer(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bot.Kind
	}{
		{"kif el botox bi5alli el 3adala ma tet7arak?", bot.KindAnswer},
		{"هل البوتوكس حلال؟", bot.KindFallback},
	} {
		if r, _ := mustEngine(t).Respond(c.q, bot.State{}); r.Kind != c.want {
			t.Errorf("Respond(%q) = %s %q, want %s", c.q, r.Kind, r.Text, c.want)
		}
	}
}

// kindCase is a question asked of a clinic's engine and the kind of reply it must get.
type kindCase struct {
	clinic, q string
	want      bot.Kind
}

// wantKinds fails t for each case whose reply, asked with no conversation, is of another kind.
func wantKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		if r, _ := clinicEngine(t, c.clinic).Respond(c.q, bot.State{}); r.Kind != c.want {
			t.Errorf("%s: Respond(%q) = %s %q, want %s", c.clinic, c.q, r.Kind, r.Text, c.want)
		}
	}
}
