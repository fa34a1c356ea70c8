package bot_test

import "testing"

// TestFlag33CoughVowel: the Gulf cough verb «ka77ait» («كحّيت») has an «a» after its «k», as
// «ko77a» has an «o»: coughing blood, in either spelling.
func TestFlag33CoughVowel(t *testing.T) {
	clinicFlagCheck(t, "physio",
		[]string{"al7een ka77ait dam wayed", "ka77eit dam el sob7 ba3d el 3amaliya"},
		[]string{"ka77ait shway mn el bard, agdar aji el jalsa?"})
}

// TestFlag33FaintedGulf: «ghimi 3alaih» (غُمي عليه), fainted, in the Gulf's vowels and endings. (Denied,
// «ma ghimi 3alaih» still alarms, as «ما غمي عليه» and «ma a3ma 3aleh» did before: the faint's rule
// reads no negation.)
func TestFlag33FaintedGulf(t *testing.T) {
	clinicFlagCheck(t, "dental",
		[]string{"ukhti ghimi 3alaiha ba3d el ibra", "abooy ghumi 3alaih fil 3iyada"},
		[]string{"ukhti t3banat shway ba3d el ibra, ghali 3alaiha el si3r?"})
}

// TestFlag33ByTheWayGlued: «وبالمناسبة» with its «و» glued opens another matter as «بالمناسبة» does:
// what follows a price asked is read on its own.
func TestFlag33ByTheWayGlued(t *testing.T) {
	clinicFlagCheck(t, "botox",
		[]string{"كم سعر الجلسة؟ وبالمناسبة من الصبح صرت اشوف كل شي اثنين"},
		[]string{"كم سعر الجلسة؟ وبالمناسبة عندكم مواقف للسيارات؟"})
}
