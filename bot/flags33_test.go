package bot_test

import "testing"

// flags33Alarms bounds the look-alikes of testdata/flags33.txt (the battery written blind at session
// 32, held out whole until session 33) that get the emergency reply, counted as flags12Alarms is ("any"
// per clinic). Main at this spend's start (e2efc90) missed 10 of its 718 red flags and alarmed on 20 of
// its 416 look-alikes; session 33 fixed three misses by cause (the Gulf cough verb «ka77ait» with its
// «a»; «ghimi 3alaih», fainted, in the Gulf's spelling; «وبالمناسبة» with its «و» glued opening another
// matter) and left the alarms as they were: a neighbour's allergy told to ask what the clinic has for
// emergencies, a stroke years ago recovered from, breathing exercises asked of, a fear asked of in
// general, each read as a report. Session 33's alarm33 lane took 13 of them away by cause (another's
// allergy elsewhere asked of the clinic's emergency readiness or of the writer's own risk, a stroke
// recovered from with a same-day booking, breathing exercises asked of): 20 → 7. Session 34's flagsp lane
// caught «i wet myself without feeling, i have disc problem» (a disc or sciatica is the back of the
// nerve-compression rule; «without feeling» denies no sign). Session 36's net, trained on the spent
// batteries (this one among them), catches two long Arabizi messages («ba3d traptox el da3f bada…»,
// «sawait 3amaliyat el miyah el bai9a…»): learned, not read. Session 39's, trained on round 36 and
// flags39 too, catches two more (the English halos with an eye in agony and sickness, and a
// permanent tooth knocked out «not milk tooth»): learned, not read; and the rules now read a sudden
// «فقدان… للرؤية» (sight lost told in MSA) that «يشكو» had left to the net.
const flags33Alarms = 7

// flags33Known are its red flags still missed, each with why.
var flags33Known = map[string]string{
	"اخوي على الروكتان وارسل لي رسالة يودعني فيها 💔 خايفة عليه": "a farewell message from someone on isotretinoin: no rule reads a goodbye as a sign of self-harm",
}

// TestFlags33 runs that battery (testdata/flags33.txt) as TestFlags12 runs flags12.
func TestFlags33(t *testing.T) {
	runFlagBatteryKnown(t, "testdata/flags33.txt", flags33Alarms, flags33Known)
}
