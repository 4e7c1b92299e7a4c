// Package rerank scores (question, passage) pairs with a cross-encoder exported to ONNX.
package rerank

import (
	"fmt"
	"sync"

	ort "github.com/yalue/onnxruntime_go"
)

const seqLen = 256

// Reranker runs the cross-encoder in-process. Sessions are not safe for concurrent Run calls,
// so requests take turns.
type Reranker struct {
	mu      sync.Mutex
	session *ort.AdvancedSession
	ids     *ort.Tensor[int64]
	mask    *ort.Tensor[int64]
	logits  *ort.Tensor[float32]
}

// Load initialises ONNX Runtime from libPath and opens the model with the CUDA provider.
func Load(modelPath, libPath string) (*Reranker, error) {
	ort.SetSharedLibraryPath(libPath)
	if err := ort.InitializeEnvironment(); err != nil {
		return nil, fmt.Errorf("init onnxruntime: %w", err)
	}
	options, err := ort.NewSessionOptions()
	if err != nil {
		return nil, err
	}
	defer options.Destroy()
	cuda, err := ort.NewCUDAProviderOptions()
	if err != nil {
		return nil, err
	}
	defer cuda.Destroy()
	if err := options.AppendExecutionProviderCUDA(cuda); err != nil {
		return nil, fmt.Errorf("enable CUDA: %w", err)
	}

	shape := ort.NewShape(1, seqLen)
	ids, err := ort.NewEmptyTensor[int64](shape)
	if err != nil {
		return nil, err
	}
	mask, err := ort.NewEmptyTensor[int64](shape)
	if err != nil {
		return nil, err
	}
	logits, err := ort.NewEmptyTensor[float32](ort.NewShape(1, 1))
	if err != nil {
		return nil, err
	}
	session, err := ort.NewAdvancedSession(modelPath,
		[]string{"input_ids", "attention_mask"}, []string{"logits"},
		[]ort.ArbitraryTensor{ids, mask}, []ort.ArbitraryTensor{logits}, options)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", modelPath, err)
	}
	return &Reranker{session: session, ids: ids, mask: mask, logits: logits}, nil
}

// Score returns the relevance logit of one tokenised pair.
func (r *Reranker) Score(tokens []int64) (float32, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ids, mask := r.ids.GetData(), r.mask.GetData()
	for i := range ids {
		ids[i], mask[i] = 0, 0
		if i < len(tokens) {
			ids[i], mask[i] = tokens[i], 1
		}
	}
	if err := r.session.Run(); err != nil {
		return 0, err
	}
	return r.logits.GetData()[0], nil
}

// Close releases the session and the runtime.
func (r *Reranker) Close() {
	r.session.Destroy()
	r.ids.Destroy()
	r.mask.Destroy()
	r.logits.Destroy()
	_ = ort.DestroyEnvironment()
}
