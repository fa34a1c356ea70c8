package bot_test

import (
	"testing"
	"testing/fstest"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Of a question of two things, one the pages never use, the section holding the other answers when no
// heading of it names another treatment or condition: the candidates' section, which names allergies,
// answers whether a patient who reacts to many things can have the treatment. Under a heading naming
// another condition, the thing held is said of that: psoriasis's tar shampoo does not say which shampoo
// is best for dandruff.
func TestPassingMentionUnderOwnHeading(t *testing.T) {
	para := func(id, title, text string) knowledge.Section {
		return knowledge.Section{ID: id, Title: title, Level: 2, Blocks: []knowledge.Block{{Kind: knowledge.Paragraph, Text: text}}}
	}
	docs := []*knowledge.Document{{ID: "derm", Title: "الجلدية", Lang: "ar", Sections: []knowledge.Section{
		para("s1", "علاج الصدفية", "للحالات الخفيفة نستخدم الكريمات الموضعية وشامبو القطران لفروة الرأس."),
		para("s2", "من هم المرشحون المناسبون للعلاج؟", "يجب أن يكون المريض بصحة عامة جيدة وألا يعاني من حساسية تجاه مكونات الكريم."),
		para("s3", "مدة الجلسة", "تستغرق الجلسة نصف ساعة تقريبا."),
		para("s4", "التحضير للجلسة", "اغسل وجهك قبل الحضور ولا تضع مكياج."),
		para("s5", "بعد الجلسة", "تجنب الشمس أسبوعا واستخدم واقي الشمس."),
		para("s6", "النتائج", "تظهر النتائج بعد عدة أسابيع من العلاج المنتظم."),
	}}}
	lx, err := knowledge.LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := knowledge.Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	e := bot.NewEngine(ix, bot.Config{})
	for _, c := range []struct {
		q    string
		want bot.Kind
	}{
		{"I react to loads of things, allergies everywhere. can I still have it?", bot.KindAnswer},
		{"وش أحسن شامبو للقشرة؟", bot.KindFallback},
	} {
		if r, _ := e.Respond(c.q, bot.State{}); r.Kind != c.want {
			t.Errorf("%q: %s, want %s (%q)", c.q, r.Kind, c.want, r.Text)
		}
	}
}
