package knowledge

import "testing"

// A one-letter preposition before a word whose own first letter is ل: «للثة» is ل + اللثة, the
// article's ل gone with its alif, and the stem «ثه» is no word; «لليزر», «بلثة» likewise. The
// written word without its preposition is the pages' word.
func TestPrepositionBeforeOwnLam(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "العيادة", Lang: "ar", Sections: []Section{
		section("gums", "علاج اللثة", "ننظف الجير ونعالج التهاب اللثة."),
		section("laser", "الليزر", "يستخدم الليزر لتفتيت الحصى."),
		section("mouth", "الفم", "نفحص الفم والأسنان."),
	}}})
	for w, want := range map[string]string{"للثة": "اللثة", "لليزر": "الليزر", "بلثة": "اللثة"} {
		got, wantKey := ix.keys(Words(w)), stemWord(Normalize(want))
		if len(got) != 1 || got[0] != wantKey {
			t.Errorf("keys(%s) = %q, want [%s] (the key of %s)", w, got, wantKey, want)
		}
	}
}

// A verbal noun of form II, تفعيل, keeps its ين: «تمرين» (exercise) is not «تمر» (dates), nor
// «تحسين» (improvement) «تحس» (you feel); its plural تفاعيل neither («تمارين» is not «تمار»).
func TestVerbalNounIIKeepsYaNun(t *testing.T) {
	for _, p := range [][2]string{{"تمرين", "تمر"}, {"التحسين", "تحس"}, {"التمارين", "تمار"}, {"تسكين", "تسك"}} {
		if got := stemOf(p[0]); got == stemOf(p[1]) || got == p[1] {
			t.Errorf("stem of %s = %q: the ين of تفعيل is the pattern's", p[0], got)
		}
	}
	// A plural or dual in ين of another pattern still loses it.
	for w, want := range map[string]string{"الساقين": "ساق", "المدربين": "مدرب"} {
		if got := stemOf(w); got != want {
			t.Errorf("stem of %s = %q, want %q", w, got, want)
		}
	}
}

// Levantine «شغلة» is a thing («بدي اسأل عن شغلة», «في علاقة بين الشغلتين؟»), as «شي» and «حاجة»
// are: not «شغل», work.
func TestShughlaIsAThing(t *testing.T) {
	for _, w := range []string{"شغلة", "الشغلة", "شغلات", "الشغلتين"} {
		if got := stemOf(w); got != "" {
			t.Errorf("stem of %s = %q, want a stop word", w, got)
		}
	}
	if stemOf("الشغل") == "" {
		t.Error("«الشغل» (work) is a stop word")
	}
}

// The dual of a noun with a ta marbuta, written ت before its ين or ان, is the noun: «جلستين» is
// two «جلسة», «الركبتين» the two «الركبة».
func TestDualOfTaMarbuta(t *testing.T) {
	for dual, one := range map[string]string{"جلستين": "جلسة", "الركبتين": "الركبة", "حقنتان": "حقنة", "ساعتين": "ساعة", "ابرتين": "إبرة"} {
		if a, b := stemOf(dual), stemOf(one); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", dual, a, one, b)
		}
	}
	// A word of three letters may end in its own ت; a plural's ت comes after ا; a borrowed word's after و.
	for w, want := range map[string]string{"بيتين": "بيت", "الجلسات": "جلس", "بروتين": "بروت", "النيكوتين": "نيكوت"} {
		if got := stemOf(w); got != want {
			t.Errorf("stem of %s = %q, want %q", w, got, want)
		}
	}
}

// A nisba's sound plural stems as the nisba: «المصريين» and «الجراحيون» as «المصري» and «الجراحي».
func TestNisbaPlural(t *testing.T) {
	for plural, one := range map[string]string{"المصريين": "المصري", "الجراحيون": "الجراحي", "العصبيين": "العصبي", "رياضيين": "الرياضي", "طبيين": "طبي"} {
		if a, b := stemOf(plural), stemOf(one); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", plural, a, one, b)
		}
	}
}

// «his» after a sound plural: «اسنانه» and «جلساته» stem as «اسنانك» and «جلساتك»; where the plural's
// ending would leave under three letters the ه stays the word's («مكانه» is not «مكان» + «his» alone).
func TestHisAfterPlural(t *testing.T) {
	for w, like := range map[string]string{"اسنانه": "اسنانك", "جلساته": "الجلسات", "عضلاته": "عضلاتك", "مضاعفاته": "المضاعفات"} {
		if a, b := stemOf(w), stemOf(like); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", w, a, like, b)
		}
	}
	for w, want := range map[string]string{"مكانه": "مكان", "حياته": "حيات"} {
		if got := stemOf(w); got != want {
			t.Errorf("stem of %s = %q, want %q", w, got, want)
		}
	}
}

// Words whose ending looks like a suffix but is their own keep apart from the shorter word: a
// screen is not gauze, contagious not the stomach, lips not healing, thick not "your namesake".
func TestOwnEndingsApart(t *testing.T) {
	for _, p := range [][2]string{{"الشاشة", "الشاش"}, {"شاشتي", "شاش"}, {"معدية", "المعدة"}, {"معدي", "معدتي"}, {"الشفاه", "شفاء"}, {"سميك", "سمي"}} {
		if a, b := stemOf(p[0]), stemOf(p[1]); a == b {
			t.Errorf("%s and %s both stem to %q, want them apart", p[0], p[1], a)
		}
	}
	for _, g := range [][]string{{"الشاشة", "شاشتي", "الشاشات"}, {"معدية", "المعدية", "معدي"}, {"الشفاه", "شفاه"}, {"سميكة", "السميك", "سميك"}} {
		for _, w := range g[1:] {
			if a, b := stemOf(w), stemOf(g[0]); a != b {
				t.Errorf("stem of %s = %q, of %s %q: want them one", w, a, g[0], b)
			}
		}
	}
}

// A preposition before a word that the stemmer cuts short: «لتبين» (ل + تبين) stems to «لتب»; the
// word without it, stemmed afresh, is the pages' «تبين».
func TestPrepositionBeforeCutWord(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "العيادة", Lang: "ar", Sections: []Section{
		section("results", "النتائج", "تبين النتيجة بعد أسبوع."),
		section("mouth", "الفم", "نفحص الفم والأسنان."),
	}}})
	if got, want := ix.keys(Words("لتبين")), stemWord("تبين"); len(got) != 1 || got[0] != want {
		t.Errorf("keys(لتبين) = %q, want [%s]", got, want)
	}
}

// The dialects' demonstrative «هال» («this») is an article: «بهالحالة» is «الحالة», «لهالألم» «الألم»;
// «هالات» (dark circles) is a word of its own.
func TestDemonstrativeHal(t *testing.T) {
	for w, like := range map[string]string{"بهالحالة": "الحالة", "لهالألم": "الألم", "هالفترة": "الفترة", "وهالعين": "العين"} {
		if a, b := stemOf(w), stemOf(like); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", w, a, like, b)
		}
	}
	if got := stemOf("الهالات"); got != stemOf("هالات") || got == "" || got == stemOf("ات") {
		t.Errorf("stem of الهالات = %q: dark circles are a word", got)
	}
}

// A word's own first و before a pronoun of two letters is not «and»: «وجهها» is «وجه» + «ها», not
// «و» + «جهها»; «وجعني» is «وجع» + «ني». A longer word still loses the conjunction («وعلاجها»).
func TestOwnWawBeforePronoun(t *testing.T) {
	for w, like := range map[string]string{"وجهها": "الوجه", "وجعني": "الوجع", "وزنها": "الوزن", "وعلاجها": "العلاج", "وحقنها": "الحقن"} {
		if a, b := stemOf(w), stemOf(like); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", w, a, like, b)
		}
	}
}

// A word with the article takes no tanween: the rule is for the word after it, as for one without,
// so «النسا» (sciatica's «عرق النسا») is «نسا», «بالماء» «الماء», and «البيضاء» «بيضاء»; «إلا» and
// «ألا» are function words.
func TestNoTanweenAfterArticle(t *testing.T) {
	for w, like := range map[string]string{"النسا": "نسا", "بالماء": "الماء", "الهواء": "هوا", "العصا": "عصا",
		"البيضاء": "بيضاء", "الزرقا": "زرقاء", "الشفاء": "شفاء"} {
		if a, b := stemOf(w), stemOf(like); a != b {
			t.Errorf("stem of %s = %q, of %s %q: want them one", w, a, like, b)
		}
	}
	for _, w := range []string{"إلا", "ألا"} {
		if got := stemOf(w); got != "" {
			t.Errorf("stem of %s = %q, want a stop word", w, got)
		}
	}
	if got := stemOf("شهرًا"); got != stemOf("شهر") {
		t.Errorf("stem of شهرًا = %q: tanween still comes off a word without the article", got)
	}
}

// Levantine «his» is و: «رقبتو» is «رقبته», the ta marbuta written ت before it.
func TestLevantineHisAfterTaMarbuta(t *testing.T) {
	ix := mustBuild(t, []*Document{{ID: "d", Title: "العيادة", Lang: "ar", Sections: []Section{
		section("neck", "ألم الرقبة", "نعالج تشنج الرقبة بالتمارين."),
		section("mouth", "الفم", "نفحص الفم والأسنان."),
	}}})
	if got, want := ix.keys(Words("رقبتو")), stemWord(Normalize("الرقبة")); len(got) != 1 || got[0] != want {
		t.Errorf("keys(رقبتو) = %q, want [%s]", got, want)
	}
}
