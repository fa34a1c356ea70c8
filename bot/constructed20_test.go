package bot_test

import "testing"

// constructed20Alarms bounds the look-alikes of testdata/constructed20.txt that get the emergency
// reply, counted as flags12Alarms is. Those left: shortness of breath asked as normal after stairs
// a friend's breathing told with "is that common?", «مش عايزة اعيش بوشي ده» (not wanting to live with
// one's face: left on purpose, since "not wanting to live with this pain" is told the same way; each
// at five clinics), and a bleeding that stopped, which the dental page's sign still reads.
const constructed20Alarms = 16

// TestConstructed20 runs the red flags written from each core sign's concept outward (every dialect,
// English, Arabizi, persons and tenses; testdata/constructed20.txt), not from any battery's misses,
// with look-alikes of the same words, as TestFlags12 runs flags12.
func TestConstructed20(t *testing.T) {
	runFlagBattery(t, "testdata/constructed20.txt", constructed20Alarms)
}
