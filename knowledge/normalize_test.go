package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// normalizeRunes is Normalize as it was first written, on a slice of runes, squeezing the runs
// after folding: the reference the one-pass Normalize must match.
func normalizeRunes(s string) string {
	out := make([]rune, 0, len(s))
	var hamza []bool // whether out[i] was ئ
	space := true
	for _, orig := range s {
		r := foldRune(orig)
		switch {
		case r == 0:
		case r == ' ':
			if !space {
				out = append(out, ' ')
				hamza = append(hamza, false)
				space = true
			}
		default:
			out = append(out, r)
			hamza = append(hamza, orig == 'ئ')
			space = false
		}
	}
	if n := len(out); n > 0 && out[n-1] == ' ' {
		out = out[:n-1]
	}
	w := 0
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j] == out[i] {
			j++
		}
		n := j - i
		if n >= 3 && unicode.IsLetter(out[i]) {
			n = 1
			if slices.Contains(hamza[i:j], true) {
				n = 2 // a run with a ي folded from ئ keeps two
			}
		}
		for range n {
			out[w] = out[i]
			w++
		}
		i = j
	}
	return string(out[:w])
}

// normalizeSeeds are texts where folding, dropping, spacing and squeezing meet.
var normalizeSeeds = []string{"", " ", "  ", "ا", "اا", "ااا", "اااا", "ا ا ا", "شكـــراااا", "اللّلي", "SOOOo",
	"sooo ", " hi  there ", "١١١١", "!!!!", "...", "أأأ", "آاإ", "ـاـاـا", "ا\u064bا\u064bا", "ببب\n\nببب",
	"\u200fهلا\u200f", "ةةة", "هةه", "\xff\xff\xff", "a\xffb", "\t\tx\t", "ﻻﻻﻻ", "كککک", "é\u0301é", "a,b", "؟هل", "x1 y2", "٣٣٣abc", "a\u00a0b", "ئيين", "يييئي", "ئئئئ", "يئ\u064eي", "ألمـًاا", "أً", "ااً", "وًا"}

// TestNormalizeMatchesRunes: the one-pass Normalize and Words give what the rune-slice Normalize
// and strings.FieldsFunc gave, on every text of the knowledge base, every test question and the seeds.
func TestNormalizeMatchesRunes(t *testing.T) {
	texts := append(append(seedWords(t), testQuestions(t)...), normalizeSeeds...)
	docs, err := Load(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, p := range passagesOf(d) {
			texts = append(texts, p.Text, p.Section, p.DocTitle, strings.Join(p.Questions, "\n"))
		}
	}
	for _, s := range texts {
		if got, want := Normalize(s), normalizeRunes(dropMarkedTanween(s)); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
		if got, want := Words(s), wordsFields(s); !slices.Equal(got, want) || got == nil {
			t.Fatalf("Words(%q) = %q, want %q", s, got, want)
		}
	}
}

// wordsFields is Words as it was first written: the reference the one-pass split must match.
func wordsFields(s string) []string {
	return strings.FieldsFunc(normalizeRunes(dropMarkedTanween(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func FuzzNormalizeMatchesRunes(f *testing.F) {
	for _, s := range normalizeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeRunes(dropMarkedTanween(s)); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
		if got, want := Words(s), wordsFields(s); !slices.Equal(got, want) || got == nil {
			t.Fatalf("Words(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestIsWordRune: the fast paths of isWordRune say what Unicode's tables say, for every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestMarkedTanween: a written tanween fatha tells «ألمًا» (pain) from «الما» (water), where the
// stemmer alone cannot; stop words, fixed expressions and unmarked words read as before.
func TestMarkedTanween(t *testing.T) {
	tests := []struct{ in, want string }{
		{"يسبب ألمًا شديدًا", "يسبب الم شديدا"},
		{"ألماً", "الم"},
		{"ألمـــًاااا", "الم"},
		{"وألمًا", "والم"},
		{"ليس أمرًا يختفي", "ليس امر يختفي"},
		{"إبرًا", "ابر"},
		{"أبدًا", "ابد"},
		{"الماء", "الما"},
		{"الما", "الما"},
		{"أطباءً", "اطبا"},
		{"أيضًا", "ايضا"},
		{"أصلاً", "اصلا"},
		{"أهلاً وسهلاً", "اهلا وسهلا"},
		{"شكراً جزيلاً", "شكرا جزيلا"},
		{"تقييمًا", "تقييما"},
		{"ًا", "ا"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if once := Normalize(tt.in); Normalize(once) != once {
			t.Errorf("Normalize(%q) is not idempotent", tt.in)
		}
	}
	if got, want := Stems("ألمًا"), Stems("ألم"); !slices.Equal(got, want) {
		t.Errorf("Stems(ألمًا) = %q, want %q as ألم", got, want)
	}
	if got, pain := Stems("الماء"), Stems("ألم"); slices.Equal(got, pain) {
		t.Errorf("Stems(الماء) = %q, the stems of ألم", got)
	}
}

// TestMarkedTanweenAfterNun: a written tanween fatha after ن or ه is no pronoun «نا», «ها»: the
// page's «تحسنًا» is «تحسن» (improvement), not «تحس» (you feel), a stop word, and meets the patient's
// «اتحسن» through «تحسن»; «حزنًا», «داكنًا» are «حزن», «داكن». A word the stemmer would cut
// further without its ا keeps it («أحيانًا», the plural's «ان»), as the stop list does, and an
// unmarked «تحسنا», «علاجنا» still ends in the pronoun.
func TestMarkedTanweenAfterNun(t *testing.T) {
	tests := []struct{ in, want string }{
		{"يلاحظ أغلب المرضى تحسنًا خلال 4 إلى 8 أسابيع", "يلاحظ اغلب المرضي تحسن خلال 4 الي 8 اسابيع"},
		{"حزنًا", "حزن"},
		{"فاتحًا أو داكنًا", "فاتح او داكن"},
		{"وتحسنًا", "وتحسن"},
		{"أحيانًا", "احيانا"},
		{"وأحيانًا", "واحيانا"},
		{"تحسنا", "تحسنا"},
		{"علاجنا", "علاجنا"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if once := Normalize(tt.in); Normalize(once) != once {
			t.Errorf("Normalize(%q) is not idempotent", tt.in)
		}
	}
	if got, want := Stems("تحسنًا"), Stems("تحسن"); !slices.Equal(got, want) || len(got) != 1 {
		t.Errorf("Stems(تحسنًا) = %q, want %q as تحسن", got, want)
	}
}

// dropMarkedTanween finds the words around each tanween mark and copies the text only when one
// changes: it gives what reading it word by word, every word through tanweenOff, gives.
func TestDropMarkedTanweenByWord(t *testing.T) {
	byWord := func(s string) string {
		if !strings.ContainsRune(s, tanweenFath) {
			return s
		}
		var b strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !inTanweenWord(r) {
				b.WriteString(s[i : i+size])
				i += size
				continue
			}
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !inTanweenWord(r) {
					break
				}
				j += size
			}
			b.WriteString(tanweenOff(s[i:j]))
			i = j
		}
		return b.String()
	}
	texts := []string{"ألمًا", "شعرت ألمًا شديدًا، وأمرًا آخر", "تحسنًا ملحوظًا أيضًا", "ً", "اً", "\xd9ألمًا\x8b",
		"ألمًا\xe0\xd9\x8b", "أطباءً كثيرون", "وألمًا", "فألمًا.", "حزنًا، داكنًا", "no mark at all", "أحيانًا جدًا"}
	docs, err := Load(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, s := range d.Sections {
			for _, bl := range s.Blocks {
				texts = append(texts, bl.Text)
			}
		}
		for _, f := range d.FAQs {
			texts = append(texts, f.Answer)
		}
	}
	for _, s := range texts {
		if got, want := dropMarkedTanween(s), byWord(s); got != want {
			t.Errorf("dropMarkedTanween(%q) = %q; want %q", s, got, want)
		}
	}
}
