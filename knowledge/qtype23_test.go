package knowledge

import "testing"

// A question asking how long something lasts after another («الوجع بيضل كم يوم بعد القلع؟», "how
// many days does the pain last after an extraction?") is answered by the passage giving that span,
// not by one saying that a third thing takes or lasts a time there («اضغط على الشاش لمدة نصف
// ساعة»), whose word of lasting doubled its bonus.
func TestQtype23HowLongAfterIsNotAnotherThingsSpan(t *testing.T) {
	docs := []*Document{{ID: "x", Title: "خلع الأسنان", Lang: "ar", Sections: []Section{
		section("care", "العناية بعد الخلع", "لتخفيف الألم بعد الخلع اضغط على الشاش لمدة نصف ساعة، واستعمل الكمادات الباردة."),
		section("pain", "الألم بعد الخلع", "يخف الألم تدريجيًا بعد الخلع ويزول غالبًا بعد ثلاثة أيام، ويمكن تناول مسكن عند الحاجة."),
	}}}
	ix := MustBuild(t, docs, "")
	for _, q := range []string{
		"كم يوم يستمر الألم بعد الخلع؟", // MSA
		"الألم بيضل كم يوم بعد الخلع؟",  // Levantine
		"الالم يقعد كم يوم بعد الخلع؟",  // Gulf
	} {
		check(t, ix, q, "x#pain")
	}
	en := MustBuild(t, []*Document{{ID: "e", Title: "Tooth extraction", Lang: "en", Sections: []Section{
		section("care", "Aftercare", "To ease the pain after the extraction, biting on the gauze takes thirty minutes, and rinsing waits a whole day."),
		section("pain", "Pain after the extraction", "The pain after the extraction eases slowly and is mostly gone after three days."),
	}}}, "")
	for _, q := range []string{"how many days does the pain last after the extraction?", "how long will the pain stay after my extraction, days?"} {
		check(t, en, q, "e#pain")
	}
}

func check(t *testing.T, ix *Index, q, want string) {
	t.Helper()
	{
		res := ix.Search(Query{Text: q})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Key != want {
			got := ""
			if len(res.Hits) > 0 {
				got = res.Hits[0].Passage.Key
			}
			t.Errorf("%q: top passage %q, want %s", q, got, want)
		}
	}
}

// How long until something, or when after another, is still answered by the passage saying what
// happens within a span («يتساقط الشعر خلال أسبوعين»): it asks when, not how long a thing lasts.
func TestQtype23UntilAsksWhen(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"كم يوم لين يرجع طبيعي؟", true},
		{"how long until i can see well", true},
		{"قديش بيضل الوجع بعد الخلع", false},
		{"how long is the sling worn after surgery", false},
	} {
		if got := untilAsked(Words(c.q)); got != c.want {
			t.Errorf("untilAsked(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
