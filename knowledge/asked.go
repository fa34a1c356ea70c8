package knowledge

import "slices"

// A long message tells a story (who the patient is, what happened, what a friend had, when they
// booked) and somewhere in it asks («…المهم سؤالي…», "anyway my question is…", "so can I…?"). The
// things the story names beside what is asked (a friend's treatment, a past visit) count, but less:
// the passage that answers speaks of what the asking clause names.

const (
	// storyWords is how many words a message needs before its story is told apart from its question.
	storyWords = 20
	// askedWords is how many words the asking part takes at least: a question mark after "same spots?"
	// asks with the clauses before it ("is it the same thing, same dose, same spots?").
	askedWords = 6
	// askedThings is how many things the asking part names itself before the story weighs less.
	askedThings = 2
	// storyWeight is what a thing named only in the story keeps of its weight. Fitted on the five
	// clinics' study halves: 0.3 and 0.2 answer three more, 0.5 none, 0.1 four. Weighing the story of
	// every long message less, by its last clause or question mark, lost answers: without a mark, the
	// story often is the question (symptoms, then «هل هذا طبيعي؟»).
	storyWeight = 0.3
)

// askMarkers say that what follows is the question («…المهم سؤالي…», "anyway my question is…",
// "just wondering if…"); askingWords («اعرف», "know") say it after a word of wanting («بس ابي اعرف
// هل…», "I wanted to know", «بدي افهم»).
var (
	askMarkers = wordSet(`سؤالي السؤال المهم المهمم wondering question anyway anyways`)
	wantWords  = wordSet(`ابي ابغى ابغا ودي بدي بدى اريد أريد حابب حابة حابه حاب عايز عايزة عايزه عاوز عاوزة نفسي وابي وبدي
		وودي وحابب وعايز want wanted wanna like to`)
	knowWords = wordSet(`اعرف افهم اتأكد اتاكد اسأل اسال استفسر know understand ask check`)
)

// askedFrom returns where the part of a message that asks begins, when the patient marks it (see
// askMarkers) after at least askedWords words of story; -1 otherwise, and when a question mark comes
// before the mark, which then tells why they ask ("…go to the ER? Just want to know before I start").
// words are the keys' words of text; ends, when it marks one, are its clause ends (clauseEnds).
func askedFrom(words []string, text string) (from int, ends []int8) {
	n := len(words)
	if n < storyWords {
		return -1, nil
	}
	ends = clauseEnds(text, n)
	if ends == nil {
		return -1, nil
	}
	for k := n - 1; k >= askedWords; k-- {
		w := words[k]
		if askMarkers[w] || knowWords[w] && wantWords[words[k-1]] {
			if wantWords[words[k-1]] {
				k--
			}
			if n-k < 2 || slices.Contains(ends[:k], asksHere) {
				return -1, nil
			}
			return k, ends
		}
	}
	return -1, nil
}

// askedConcepts returns the concepts of the part of the message that asks (askedFrom), or nil when
// it does not mark one. keys are the keys of words, text's words.
func (ix *Index) askedConcepts(keys, words []string, text string) []Concept {
	if len(keys) != len(words) {
		return nil
	}
	from, ends := askedFrom(words, text)
	if from < 0 {
		return nil
	}
	asked := ix.lex.Concepts(keys[from:])
	for i := 0; i < from; i++ {
		if !fearWords[words[i]] {
			continue
		}
		// What the patient fears («قريت إنه البوتوكس ممكن يعمل شلل وصرت خايفة») is what they ask of
		// («هل بيأثر على كل الجسم؟»): its clause is not told beside the question, nor the one before
		// when the fear opens a clause of its own («…يعمل شلل، وصرت خايفة»).
		s, e := i, i
		for s > 0 && (ends[s-1] == goesOn || s == i) {
			s--
		}
		for e < from-1 && ends[e] == goesOn {
			e++
		}
		asked = append(asked, ix.lex.Concepts(keys[s:e+1])...)
		i = e
	}
	return asked
}

// fearWords say that the patient fears what their clause, or the one before, names.
var fearWords = wordSet(`خايف خايفة خايفه خايفين خوف اخاف بخاف خفت قلقان قلقانة قلقانه قلقة قلقه قلق متخوف متخوفة متخوفه
	مرعوب afraid scared terrified worried worry worries nervous fear frightened`)

// toldOnly says which of concepts are named only in the story (asked, the asking part's concepts, has
// none of their group or word), or nil when none is to weigh less: a question word or a treatment or
// condition the story names is still what is asked of («عملت ليزك من سنة… بس سؤالي هل يرجع
// النظر؟»), and an asking part that names fewer than askedThings things itself («بس ابي اعرف هل
// هذا طبيعي») asks of the story.
func (ix *Index) toldOnly(concepts, asked []Concept) []bool {
	if asked == nil {
		return nil
	}
	story := make([]bool, len(concepts))
	own, told := 0, false
	for i, c := range concepts {
		if len(c.Alts) == 0 || len(c.Alts[0]) == 0 || ix.lex.Type(c) {
			continue
		}
		named := slices.ContainsFunc(asked, func(a Concept) bool {
			if c.group >= 0 {
				return a.group == c.group
			}
			return a.group < 0 && slices.Equal(a.Alts[0], c.Alts[0])
		})
		switch {
		case named:
			own++
		case !ix.lex.Topic(c):
			story[i], told = true, true
		}
	}
	if own < askedThings || !told {
		return nil
	}
	return story
}
