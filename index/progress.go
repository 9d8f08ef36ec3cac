package index

// Progress is how far Open has come with a build, as Options.Progress
// hears it.
type Progress struct {
	Stage string // StageExtract, StageIndex or StageFinish
	Done  int    // documents (StageExtract) or passages (StageIndex) done; 0 or 1 for StageFinish
	Total int    // how many there are in all
}

// Stages of a build, in order.
const (
	StageExtract = "extracting" // parsing the documents and extracting their facts
	StageIndex   = "indexing"   // the Bleve index, while the answerer's model is built beside it
	StageFinish  = "finishing"  // waiting for the model, and writing and checking the files
)

// progressEvery is how many passages pass between two reports while
// indexing: often enough for a display, seldom enough to cost nothing.
const progressEvery = 500

// report calls Options.Progress, if set.
func (o Options) report(stage string, done, total int) {
	if o.Progress != nil {
		o.Progress(Progress{Stage: stage, Done: done, Total: total})
	}
}

// reportIndexed reports i+1 of total passages indexed, every
// progressEvery and at the last.
func (o Options) reportIndexed(i, total int) {
	if (i+1)%progressEvery == 0 || i+1 == total {
		o.report(StageIndex, i+1, total)
	}
}
