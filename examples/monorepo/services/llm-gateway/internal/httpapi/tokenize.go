package httpapi

import "hash/fnv"

// tokenize is a stand-in for the WordPiece tokenizer the reranker was exported with: the real
// vocabulary ships with the model. It hashes words into the vocabulary range so the shapes match.
func tokenize(question, passage string) []int64 {
	const vocab = 30522
	tokens := []int64{101}
	for _, text := range []string{question, passage} {
		start := -1
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i] != ' ' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				h := fnv.New32a()
				_, _ = h.Write([]byte(text[start:i]))
				tokens = append(tokens, 1000+int64(h.Sum32()%(vocab-1000)))
				start = -1
			}
		}
		tokens = append(tokens, 102)
	}
	return tokens
}
