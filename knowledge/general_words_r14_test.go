package knowledge

import "testing"

// «ني» after a «ي» is a hollow noun's «ن» and «my»: «وعيني» is «و» + «عيني» (and my eye), not
// «وعي» (awareness) + «me», while «وجعني» (it hurt me) and «وجهها» keep their «و».
func TestWawBeforeHollowNoun(t *testing.T) {
	for w, want := range map[string]string{"وعيني": "عين", "وديني": "", "وجعني": "وجع", "وجهها": "وجه"} {
		if got := stemWord(Normalize(w)); got != want {
			t.Errorf("stemWord(%s) = %q; want %q", w, got, want)
		}
	}
}
