package bot_test

import "testing"

// flags31Alarms bounds the look-alikes of testdata/flags31.txt (the battery written blind at session
// 30, held out whole until session 31) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (08484bd) missed 10 of its 592 red flags and alarmed on 10 of
// its 365 look-alikes; session 31 fixed eight of the misses by cause and cut the alarms to 1 (a risk
// asked «هل يصير عندي…؟» beside a condition told steady). Session 36's net, trained on the spent
// batteries (this one among them), catches «wildi sinnah el amami ta7at kamla…»: learned, not read.
const flags31Alarms = 1

// flags31Known are its red flags still missed, each with why.
var flags31Known = map[string]string{
	"sinnet ebni et5ala3et mn 7adsa, sinna mostadema, a3mel eh delwa2ti": "a knocked-out permanent tooth in Egyptian Arabizi: «mostadema» and an accident are known (lang), but «7adsa» is read as حدسه, the dialect's حدث (happened), before حادسة (accident), and «et5ala3et» as nothing",
}

// TestFlags31 runs that battery (testdata/flags31.txt) as TestFlags12 runs flags12.
func TestFlags31(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags31.txt", flags31Alarms, flags31Known)
}
