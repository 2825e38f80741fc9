using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class OutcomesAccountabilityTests
{
    [Fact]
    public void Every_indicator_in_the_catalogue_answers_exactly_one_question_and_nothing_else_is_classified()
    {
        var ids = IndicatorCatalogue.All.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(36, ids.Count);
        Assert.Equal(ids, OutcomesAccountability.ClassifiedIds.Order(StringComparer.Ordinal));
        Assert.All(IndicatorCatalogue.All, i => Assert.Contains(OutcomesAccountability.QuestionFor(i), OutcomesAccountability.All));
    }

    [Theory]
    [InlineData("referrals", OutcomesQuestion.HowMuchDidWeDo)]
    [InlineData("cla_rate_10k", OutcomesQuestion.HowMuchDidWeDo)]
    [InlineData("assessment_45wd", OutcomesQuestion.HowWellDidWeDoIt)]
    [InlineData("cp_visits_10wd", OutcomesQuestion.HowWellDidWeDoIt)]
    [InlineData("cla_long_term_stability", OutcomesQuestion.IsAnyoneBetterOff)]
    [InlineData("care_leavers_eet_19_21", OutcomesQuestion.IsAnyoneBetterOff)]
    [InlineData("cpp_repeat", OutcomesQuestion.IsAnyoneBetterOff)]
    public void Indicators_answer_the_question_their_measure_is_about(string id, OutcomesQuestion question) =>
        Assert.Equal(question, OutcomesAccountability.QuestionFor(id));

    [Fact]
    public void Every_question_has_indicators_and_words_and_an_unknown_id_is_refused()
    {
        Assert.All(OutcomesAccountability.All, q => Assert.Contains(IndicatorCatalogue.All, i => OutcomesAccountability.QuestionFor(i) == q));
        Assert.Equal(["How much did we do?", "How well did we do it?", "Is anyone better off?"], OutcomesAccountability.All.Select(OutcomesAccountability.Text));
        Assert.Equal(["how-much", "how-well", "better-off"], OutcomesAccountability.All.Select(OutcomesAccountability.Slug));
        Assert.Throws<ArgumentException>(() => OutcomesAccountability.QuestionFor("not_an_indicator"));
    }
}
