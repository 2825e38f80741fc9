namespace GoldenThread.Core.Demo;

/// <summary>
/// The invented names the demo authority uses. They are everyday words, not names anyone is given,
/// so a demo screen can never be mistaken for a real child's or a real worker's record.
/// </summary>
public static class SyntheticNames
{
    public static IReadOnlyList<string> GivenNames { get; } =
    [
        "Alpha", "Bramble", "Cinder", "Dapple", "Eggcup", "Fennel", "Gadget", "Hopscotch", "Inkwell", "Jigsaw", "Kettle",
        "Lantern", "Marble", "Nutmeg", "Oddment", "Pebble", "Quibble", "Ripple", "Sprocket", "Thimble", "Umbrella",
        "Vortex", "Widget", "Yonder", "Zigzag", "Acorn", "Biscuit", "Cobble", "Doodle", "Fizzle", "Jumble", "Kipper",
        "Muddle", "Noodle", "Pickle", "Puddle", "Rumble", "Sprout", "Tinker", "Wobble", "Crumpet", "Zither", "Gumdrop",
        "Teacup",
    ];

    /// <summary>Family names for children.</summary>
    public static IReadOnlyList<string> FamilyNames { get; } =
    [
        "Testington", "Sampleford", "Fakeham", "Mockley", "Dummerby", "Placeholm", "Specimenby", "Exampleton",
        "Trialworth", "Pretendale", "Madeupson", "Fictionby", "Draftwell", "Stubworth", "Synthfield", "Notrealby",
        "Demoford", "Fauxley", "Simulaton", "Inventham",
    ];

    /// <summary>Family names for workers, kept apart from the children's so the two never look related.</summary>
    public static IReadOnlyList<string> WorkerFamilyNames { get; } =
    [
        "Example", "Instance", "Prototype", "Mockup", "Testcase", "Sampler", "Template", "Standin", "Dryrun",
        "Rehearsal", "Pilotson", "Blueprint", "Sketchley", "Outline", "Wireframe", "Scaffold", "Dummyfield",
        "Trialson", "Lorem", "Ipsum", "Foobar", "Quuxley", "Widgetson", "Stubley", "Fixture",
    ];
}
