package knowledge

// A patient who sets someone they know against themselves («ليش صاحبتي البوتوكس طوّل معها أكثر مني؟»,
// «صاحبتي عملت وفرق معاها بسرعة وانا لا»; "my friend's lasted longer than mine") asks why it differs
// from one person to another, as the pages say it («الاستجابة تختلف من شخص لآخر»): not what the
// friend and the patient did («نفس العيادة»), whose words lead to a passage on another difference.

// companions are the people a patient compares themselves with; selfWords the patient set against
// them; personKey the key of the pages' «شخص».
var (
	companions = wordSet(`صاحبتي صاحبي رفيقتي رفيقي رفقتي رفقاتي صديقتي صديقي صحبتي خويتي خويي اختي اخوي اخويا اخوية
		جارتي جاري زميلتي زميلي قريبتي قريبي صاحباتي صديقاتي friend friends sister brother colleague cousin`)
	selfWords = wordSet(`مني معايا معاي than mine`)
	// andMe set the patient against them only in a message asking why («…وانا خلص بسرعة، ليش؟»):
	// «صاحبتي سوت ليزك وانا ابي اسويه» tells, and compares nothing.
	andMe    = wordSet(`وانا واني`)
	whyWords = wordSet(`ليش ليه لماذا لمه اشمعنى شمعنى why`)
	// sameWords tell what the two did alike («نفس العيادة») or that it worked («فرق معاها»): in
	// a comparison they ask no difference of their own.
	sameWords = wordSet(`نفس بنفس فرق فرقت بيفرق يفرق تفرق بتفرق`)
	personKey = stemWord(Normalize("شخص"))
	differKey = stemWord(Normalize("تختلف"))
)

// between gives a companion's word the key of «شخص», and the word setting the patient against them
// after it (selfWords, andMe) that of «تختلف»; words are the keys' words.
func between(keys, words []string) {
	if len(keys) != len(words) || personKey == "" || differKey == "" {
		return
	}
	why := false
	for _, w := range words {
		why = why || whyWords[w]
	}
	for i, w := range words {
		if !companions[w] && !companions[trimAnd(w)] {
			continue
		}
		for j := i + 1; j < len(words); j++ {
			if selfWords[words[j]] || why && andMe[words[j]] {
				keys[i], keys[j] = personKey, differKey
				for k, w := range words {
					if sameWords[trimAnd(w)] {
						keys[k] = deniedKey + w // twice marked: no member of stop words («نفس») matches it
					}
				}
				return
			}
		}
	}
}

// trimAnd is w without a leading «و» (and).
func trimAnd(w string) string {
	if len(w) > 2 && w[:2] == "و" {
		return w[2:]
	}
	return w
}
