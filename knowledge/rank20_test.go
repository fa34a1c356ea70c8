package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// «تروح» (it goes away) is a content word, read as the layer's permanence aspect as «يروح» is: «الحفر
// تروح نهائي؟», «في أمل تروح؟» ask whether scars go. As a stop word it was dropped from the
// questions and from a page's own heading asking it («هل تروح حفر حب الشباب؟»).
func TestRank20GoesAwayIsAsked(t *testing.T) {
	if isStop(Normalize("تروح")) {
		t.Fatal("«تروح» is a stop word")
	}
	lx := mustLexicon(t)
	a, b := lx.Concepts(Stems("تروح")), lx.Concepts(Stems("يروح"))
	if len(a) != 1 || len(b) != 1 || a[0].group < 0 || a[0].group != b[0].group {
		t.Errorf("«تروح» is %+v, «يروح» %+v: want one group", a, b)
	}
}

// The section whose heading asks whether scars go answers «الحفر … تروح نهائي؟», not the side effects
// of a peel, whose redness is temporary.
func TestRank20ScarsGoingAway(t *testing.T) {
	md := "---\ntitle: علاج حب الشباب وآثاره\npage_id: acne\nsections:\n  \"علاج آثار حب الشباب\":\n    questions: [\"هل تروح حفر حب الشباب؟\"]\n---\n" +
		"## علاج آثار حب الشباب\n\nتختلف الندبات بحسب شكلها، وتتحسن بالليزر التجزيئي والتقشير العميق على عدة جلسات.\n\n" +
		"## الآثار الجانبية للتقشير\n\nالآثار الشائعة مؤقتة مثل الاحمرار والجفاف، ومن المضاعفات النادرة الندبات.\n\n" +
		"## ما هو حب الشباب؟\n\nحب الشباب التهاب في بصيلات الشعر والغدد الدهنية يظهر على الوجه والظهر.\n"
	ix, err := Open(fstest.MapFS{"acne.md": {Data: []byte(md)}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"الحفر اللي تركها حب الشباب تروح نهائي؟", "عندي حفر من حب الشباب من أيام الجامعة، في أمل تروح؟"} {
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != "علاج آثار حب الشباب" {
			t.Errorf("%s: first hit %+v, want «علاج آثار حب الشباب»", q, res.Hits)
		}
	}
}

// «أكتر من قبل» (more than before) compares with before: its «قبل» is a stop key, and the question is
// not read as asking what to do before a treatment. «قبل» alone, or after «من» without a comparison
// («من قبل الجلسة»), keeps its key.
func TestRank20ThanBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"بلشت كريم ريتينويد وصارت الحبوب أكتر من قبل، طبيعي؟": true,
		"my acne is worse than before":     true,
		"شو لازم اعمل قبل الجلسة؟":         false,
		"اوقف الكريم قبل التقشير بكم يوم؟": false,
	} {
		words := Words(text)
		keys := make([]string, len(words))
		for i, w := range words {
			keys[i] = stemWord(w)
		}
		thanBefore(keys, words)
		stopped := false
		for i, w := range words {
			if (w == "قبل" || w == "before") && strings.HasPrefix(keys[i], stopKey) {
				stopped = true
			}
		}
		if stopped != want {
			t.Errorf("%s: «قبل» stopped %v, want %v", text, stopped, want)
		}
	}
}

// The derma clinic's «تزداد الحبوب قليلًا في الأسابيع الأولى من استخدام الريتينويدات» answers pimples
// that came more than before after starting a retinoid, not the preparation for a peel, which stops it
// «قبل الجلسة».
func TestRank20MoreThanBeforeIsNoPreparation(t *testing.T) {
	ix, err := Open(os.DirFS(filepath.Join("..", "bot", "eval", "testdata", "clinics", "derma", "kb")))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	q := "بدأت كريم الريتينويد وصارت الحبوب اكثر من قبل، هذا طبيعي؟"
	if res := ix.Search(Query{Text: q}); len(res.Hits) == 0 || res.Hits[0].Passage.Section != "خيارات علاج حب الشباب" {
		t.Errorf("%s: first hit %v, want «خيارات علاج حب الشباب»", q, firstSection(res))
	}
}

func firstSection(r Result) string {
	if len(r.Hits) == 0 {
		return ""
	}
	return r.Hits[0].Passage.Section
}
