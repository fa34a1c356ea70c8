package knowledge

import "testing"

// A heading leaves out what its page's title has said: «هل تُجرى الزراعة في نفس يوم الخلع؟» on the
// page «زراعة الأسنان وعلاج العصب» asks of «زراعة الأسنان», which «يزرعون لي» (read as «زرعة», one
// of that group) names; it answers better than the section headed with the whole phrase.
func TestHeadingElidesItsPageTitle(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "زراعة الأسنان وعلاج العصب", Lang: "ar", Sections: []Section{
		section("implants", "زراعة الأسنان", "الزرعة جذر صناعي يثبت في عظم الفك مكان السن المفقود. توضع الزرعة في جلسة، ويشعر المريض بانزعاج يشبه ما بعد الخلع، مع تورم يبلغ ذروته في اليوم الثاني."),
		section("same", "هل تُجرى الزراعة في نفس يوم الخلع؟", "أحيانًا، إذا كان العظم سليمًا، وتسمى الزراعة الفورية. في الحالات الأخرى ننتظر شهرين إلى ثلاثة أشهر بعد الخلع."),
		section("canal", "علاج العصب", "يزيل الطبيب العصب الملتهب وينظف القنوات ثم يحشوها."),
		section("times", "مواعيد", "نستقبل المراجعين من الأحد إلى الخميس."),
	}}})
	q := "ينفع يزرعون لي بنفس اليوم اللي يخلعون فيه الضرس؟"
	if r := ix.Search(Query{Text: q}); topKey(r) != "d#same" {
		t.Errorf("%s: hits %v; want d#same first", q, keysOfHits(r))
	}
}

// Of the things a page's title joins, the first word of each is what it names.
func TestTitlePartHeads(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "إزالة الشعر بالليزر وعلاج التصبغات", Lang: "ar", Sections: []Section{
		section("s", "التحضير لجلسة الليزر", "احلق المنطقة قبل الجلسة وتجنب الشمس."),
	}}})
	p := &Passage{pageParts: ix.titleParts("إزالة الشعر بالليزر وعلاج التصبغات")}
	for word, want := range map[string]uint16{"إزالة": 1, "الشعر": 0, "بالليزر": 0, "علاج": 2, "التصبغات": 0} {
		id, ok := ix.ids[stemWord(Words(word)[0])]
		if !ok {
			t.Fatalf("%s: not in the index", word)
		}
		if got := p.headsOf(id); got != want {
			t.Errorf("%s heads parts %b, want %b", word, got, want)
		}
	}
}
