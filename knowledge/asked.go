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

// askedConcepts returns the concepts of the part of the message that asks (askedFrom), and where it
// begins; nil and -1 when it does not mark one. keys are the keys of words, text's words.
func (ix *Index) askedConcepts(keys, words []string, text string) ([]Concept, int) {
	if len(keys) != len(words) {
		return nil, -1
	}
	from, ends := askedFrom(words, text)
	if from < 0 {
		return nil, -1
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
	return asked, from
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

// A message that does not mark its question often asks it in a clause of its own after the story
// («…وجربت كريمات كثير، وكم ياخذ وقت عشان يبان فرق؟», "…my friend did hers, how many sessions will
// it take?"). The story still says what page answers (the pages name what it tells: the complaint,
// the treatment tried), so it keeps its weight in the search; but of the sections of that page, the
// one matching what the story tells beside the question is not the one the question asks for
// (storySection).

// storySection is what a section loses, beside its page's best, for each share of the question's
// weight it matches only in the story before an asking clause. Fitted on the five clinics' study
// halves: 0.35 to 0.45 answer five or six more and two or three conversations (0.25 four, 0.5 and
// more break as many as they fix). Lowering the story's weight in the search itself, or across
// pages, lost answers: the story tells which page.
const storySection = 0.4

// toldWords is how many words of story an asking clause must come after to be read apart from it: a
// short one is often the thing the clause asks of («الالم امتد الى الاذن والمسكن ما ينفع، هل من
// شد السلك؟» asks whether the wire caused that pain). Six answers one fewer on the study halves,
// and sends that question to the wire's section.
const toldWords = 8

// askingOpeners open a clause that asks: a question word, or a word asking whether one may or can.
var askingOpeners = wordSet(`هل كم قديش قداش اديش متى امتى ايمتى وين فين ليش ليه لويش شو ايش وش كيف ازاي كيفاش ينفع ممكن
	اقدر بقدر يصير بيصير لازم مسموح how can could is are will should do does what when why where which`)

// clauseJoins may open a clause without a mark before it («…ما ينفع بس كم جلسة احتاج»).
var clauseJoins = wordSet(`بس و ف او ولا يعني طيب but so and or then now`)

// asksOfStory are words by which an asking clause asks of the story itself («هل هذا طبيعي؟», "is
// that something you treat?"), or whether a treatment helps with what it tells ("…her arms are stiff,
// can it help?", «…البوتوكس يفيدها؟»): it cannot be read apart from it.
var asksOfStory = wordSet(`that this those these هذا هذه هذي ذلك ذاك ده دي هيك كذا هالشي هاد هادا
	help helps work works treat fix يفيد يفيدني يفيده يفيدها يفيدهم بيفيد بيفيدها بيفيده تفيد ينفع ينفعني ينفعه ينفعها
	بينفع يساعد يساعده يساعدها بيساعد مفيد يعالج يعالجه يعالجها`)

// askingClause returns where the last clause that asks begins in a message that tells at least
// toldWords words before it: a clause opened by an asking word (askingOpeners, bare or with «و» or
// «ف» on it: «فهل», «وكم») after a clause's end or a joining word (clauseJoins); -1 when there is
// none, or when it points back at the story (asksOfStory). A question word inside a clause («والدكتور
// قال ممكن…») reports what was said. words are the keys' words of text.
func askingClause(words []string, text string) int {
	n := len(words)
	if n < toldWords+2 {
		return -1
	}
	var ends []int8
	for k := n - 2; k >= toldWords; k-- {
		w := words[k]
		asking := askingOpeners[w]
		if !asking && len(w) > 2 && (w[:2] == "و" || w[:2] == "ف") {
			asking = askingOpeners[w[2:]]
		}
		if !asking {
			continue
		}
		if ends == nil {
			if ends = clauseEnds(text, n); ends == nil {
				return -1
			}
		}
		if ends[k-1] == goesOn && !clauseJoins[words[k-1]] {
			continue
		}
		if slices.ContainsFunc(words[k:], func(w string) bool { return asksOfStory[w] }) {
			return -1
		}
		return k
	}
	return -1
}
