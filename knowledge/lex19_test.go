package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lex19Lexicons loads the shipped language layer alone and under every clinic's lexicon.txt.
func lex19Lexicons(t *testing.T) map[string]*Lexicon {
	t.Helper()
	general, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*Lexicon{GeneralLexiconFile: general}
	dirs, _ := filepath.Glob("../bot/eval/testdata/clinics/*")
	kbs, _ := filepath.Glob("../bot/eval/testdata/clinics/*/kb")
	dirs = append(append(dirs, kbs...), "kb")
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, LexiconFile)); err != nil {
			continue
		}
		lx, err := LoadLexicon(os.DirFS(d))
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Join(d, LexiconFile)] = lx
	}
	return out
}

// hollowMembers lists the phrases of lx that read as one content word another group claims: a
// member's stop words must be matched in a question, but its alternatives (what the group searches
// the pages for, whichever member the patient used) hold its content words alone, so «on his toes»
// makes toe walking search for "toe", which is the toes group's word.
func hollowMembers(lx *Lexicon) []string {
	claims := map[string][]int{} // a one-word member's key → its groups
	for g, group := range lx.groups {
		for _, m := range group {
			if len(m) == 1 && !strings.HasPrefix(m[0], stopKey) {
				claims[m[0]] = append(claims[m[0]], g)
			}
		}
	}
	var out []string
	for g, group := range lx.groups {
		for _, m := range group {
			c := contentOf(m)
			if len(m) < 2 || len(c) != 1 {
				continue
			}
			for _, o := range claims[c[0]] {
				if o != g {
					out = append(out, strings.Join(m, " ")+" (group of "+strings.Join(group[0], " ")+
						") reads as "+c[0]+", a word of the group of "+strings.Join(lx.groups[o][0], " "))
					break
				}
			}
		}
	}
	return out
}

// lex19Kept are hollow members kept on purpose: dropping each lost study answers (measured one by
// one), as the bare word is what those questions mean too ("first visit" asks of visits, «حل ثاني» of
// treatments). A new hollow member must be rewritten, dropped or measured and listed here.
var lex19Kept = map[string]bool{
	"~first visit": true, "~first appointment": true, "~كيفيه عمل": true, "حل ~ثاني": true,
	"stop ~it ~happening": true, "stop ~it ~from ~happening": true,
	// Kept for what earlier lanes' tests hold: "sit in on the session", «اشوف زين» after LASIK, "when
	// he grows up".
	"sit ~in": true, "sit ~in ~on": true, "grow ~up": true, "grow ~out ~of": true,
	"اشوف ~زين": true, "بشوف ~زين": true, "يشوف ~زين": true, "اشوف ~كويس": true, "هشوف ~كويس": true,
	"بشوف ~كويس": true, "يشوف ~كويس": true, "اشوف ~منيح": true, "بشوف ~منيح": true, "يشوف ~منيح": true,
	// Kept by lane lang25: "bring" of the group of «احضرها معك» (the first visit's "bring any previous
	// X-rays"); without it «اول زياره وش اجيب معي» left the English first visit (a study conversation lost).
	"bring ~someone": true,
	// Kept by lane convo: the clinicians' plural «تشتغلون/بيشتغلوا عليه» of the aims' group read as the
	// verb; they are the rule itself (without them «وش أول شي تشتغلون عليه؟» after the ligament rehab
	// went to the back page's «العودة إلى العمل» again: three study conversations lost).
	"يشتغل ~عليه": true, "تشتغل ~عليه": true, "يشتغل ~عليها": true, "تشتغل ~عليها": true,
}

func TestLex19HollowMembers(t *testing.T) {
	for path, lx := range lex19Lexicons(t) {
		for _, h := range hollowMembers(lx) {
			if lex19Kept[strings.SplitN(h, " (", 2)[0]] {
				continue
			}
			t.Errorf("%s: %s", path, h)
		}
	}
}

// The toe-walking group no longer searches for the toes group's "toe", and the layer reads «on his
// toes» only through its own phrase members.
func TestLex19ToeWalking(t *testing.T) {
	lx, err := ParseLexicon(GeneralLexiconFile, generalLexicon)
	if err != nil {
		t.Fatal(err)
	}
	cs := lx.Concepts(keysOf(Analyze("toe walking")))
	if len(cs) != 1 {
		t.Fatalf("toe walking: %d concepts", len(cs))
	}
	for _, alt := range cs[0].Alts {
		if len(alt) == 1 && alt[0] == Stems("toe")[0] {
			t.Errorf("toe walking searches for bare toe: %v", cs[0].Alts)
		}
	}
}
