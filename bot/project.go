package bot

import "context"

// handleProject answers /iai project: what, who, for whom, where, when,
// funding and status, each as the passage words it, with its source. An
// unknown name is answered with the closest project names.
func handleProject(_ context.Context, b *Bot, args Args) (Reply, error) {
	p, err := b.ix.Project(args["name"])
	if err != nil {
		return Reply{}, unknownName(err)
	}
	return renderProject(p), nil
}

// handleProjects answers /iai projects, which lists every project by the
// section that names it, so that /iai project has names to ask for.
func handleProjects(_ context.Context, b *Bot, args Args) (Reply, error) {
	return renderProjects(b.ix.Projects(), args.page())
}
