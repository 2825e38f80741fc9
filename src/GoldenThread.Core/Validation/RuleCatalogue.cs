namespace GoldenThread.Core.Validation;

/// <summary>Every validation rule in the product, found by reflection, and the rules not yet implemented with the reason.</summary>
public static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<ValidationRule>> Rules = new(() =>
        [.. typeof(ValidationRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ValidationRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ValidationRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Collection, StringComparer.Ordinal)
            .ThenBy(r => r.Code, StringComparer.Ordinal)]);

    public static IReadOnlyList<ValidationRule> All => Rules.Value;

    public static IEnumerable<ValidationRule> For(string collection, string collectionYear) =>
        All.Where(r => r.Collection == collection && r.AppliesTo(collectionYear));

    /// <summary>Runs every rule of the dataset's collection and year.</summary>
    public static IReadOnlyList<RuleFinding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. For(context.Current.Collection, context.CollectionYear).SelectMany(r => r.Evaluate(context))];
    }
}

/// <summary>A DfE rule GoldenThread does not run yet, with the reason. Listed in docs/validation-coverage.md.</summary>
public sealed record UnimplementedRule(string Collection, string Code, string Reason);
