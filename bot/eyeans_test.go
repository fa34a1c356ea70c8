package bot_test

import "testing"

// TestEyeansEyeTakenOut: the fear that an operation takes the eye out of its place («بيطلعوا
// العين؟», "do they take the eye out?") is what the squint surgery section answers in the page's
// words «لا يتم إخراج العين من مكانها» (eye lexicon).
func TestEyeansEyeTakenOut(t *testing.T) {
	const notOut = "لا يتم إخراج العين من مكانها"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"هل صحيح انهم يطلعون العين من مكانها في عملية الحول؟": notOut,
		"in squint surgery do they take the eye out?":         notOut,
		"خايفة يشيلوا العين بعملية الحول لبنتي":               notOut,
	})
}
