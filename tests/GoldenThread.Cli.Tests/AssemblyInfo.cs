// The CLI shows live progress displays, which Spectre.Console allows only one at a time per process:
// the CLI tests therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
