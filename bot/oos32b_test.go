package bot_test

import (
	"testing"
)

// TestOos32bElectricToothbrush: an electric toothbrush is one thing, a device the dental pages never
// name; its «كهربا» is not the tingling told as electricity (in the group of «تنميل»), which answered
// it with the numb lip after a wisdom tooth comes out.
func TestOos32bElectricToothbrush(t *testing.T) {
	oos32Fallback(t, fa22Engine(t, "dental"),
		"الفرشه الكهربا احسن من العاديه؟",
		"تنصحون بفرشاة أسنان كهربائية؟",
		"is an electric toothbrush better than a manual one?")
}
