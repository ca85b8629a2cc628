namespace CreditRules.Tests.Domain.Institutions;

/// <summary>PolicySetBuilder, InstitutionBuilder and InstitutionPolicyBuilder: stated defaults, every invalid item listed at Build().</summary>
public sealed class PolicySetBuilderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static PolicySetBuilder Eastern(Action<InstitutionPolicyBuilder> policy) => new PolicySetBuilder()
        .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork, institution => institution
            .Policy("eastern-2013", policy)
            .Program("aa-general", "Associate in Arts"));

    [Fact]
    public void Build_UnstatedRules_KeepTheDocumentedDefaults()
    {
        var policies = Eastern(p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision)).Build();

        var institution = policies.Institutions.Single();
        var policy = institution.Policies.Single();
        policy.AcceptedEvaluators.Should().Equal("ace");
        policy.AcceptedLevels.Should().Equal(CreditLevel.LowerDivision);
        policy.AppliesTo.Should().BeNull();
        policy.MinimumScore.Should().BeNull();
        policy.Recency.Should().BeNull();
        policy.Retakes.Should().BeNull();
        policy.Evidence.Should().BeNull();
        policy.QualifyingDateZone.Should().Be(QualifyingDateZone.Evaluator);
        policy.Rounding.Should().Be(RoundingPolicy.Exact);
        policy.RequireProviderFees.Should().BeTrue();
        policy.RecordPolicy.Should().BeNull();
        var program = institution.Programs.Single();
        (program.TotalCredits, program.ResidencyRequired, program.Overrides.Count).Should().Be((null, null, 0));
    }

    [Fact]
    public void Build_EveryRuleStated_KeepsWhatIsGiven()
    {
        var enrolled = new DateRange(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31));
        var record = new RecordPolicy("eastern-record");
        var retakes = new RetakePolicy(Period.FromDays(30), 3);

        var policy = Eastern(p => p
            .AcceptsEvaluators("ace").AcceptsEvaluators("nccrs")
            .AcceptsLevels(CreditLevel.LowerDivision, CreditLevel.UpperDivision)
            .AppliesTo(enrolled)
            .MinimumScore(Score.Percent(70))
            .Recency(Period.FromYears(5), RecencyAnchor.AsOfDate)
            .Retakes(retakes)
            .RequiresEvidence(EvidenceKind.AceTranscriptCredly)
            .QualifyingDateIn(QualifyingDateZone.Candidate)
            .Rounding(RoundingPolicy.FloorTo(0.5m))
            .WithoutProviderFees()
            .Record(record)).Build().Institutions.Single().Policies.Single();

        policy.AcceptedEvaluators.Should().Equal("ace", "nccrs");
        policy.AcceptedLevels.Should().Equal(CreditLevel.LowerDivision, CreditLevel.UpperDivision);
        policy.AppliesTo.Should().Be(enrolled);
        policy.MinimumScore.Should().Be(Score.Percent(70));
        policy.Recency!.MaxAge.Should().Be(Period.FromYears(5));
        policy.Retakes.Should().BeSameAs(retakes);
        policy.Evidence!.AcceptedKinds.Should().Equal(EvidenceKind.AceTranscriptCredly);
        (policy.Evidence.RequireOfficial, policy.Evidence.RequireVerified).Should().Be((true, true));
        policy.QualifyingDateZone.Should().Be(QualifyingDateZone.Candidate);
        policy.Rounding.Should().Be(RoundingPolicy.FloorTo(0.5m));
        policy.RequireProviderFees.Should().BeFalse();
        policy.RecordPolicy.Should().BeSameAs(record);
    }

    [Fact]
    public void Build_SeveralInvalidItems_ListsEveryOneWithItsPositionInOneException()
    {
        var builder = new PolicySetBuilder()
            .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork, institution => institution
                .Policy("eastern-2013", p => p.AcceptsLevels(CreditLevel.LowerDivision))
                .Program("aa-general", "Associate in Arts")
                .Program("", "Nameless"))
            .Institution("western-state", "Western State College", CreditUnit.QuarterHour, NewYork, institution => institution
                .Policy("western-2013", p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision).Recency(Period.FromYears(-1), RecencyAnchor.AsOfDate)))
            .Institution("northern-state", "Northern State College", CreditUnit.SemesterHour, NewYork, institution => institution
                .Program("bs", "Bachelor of Science"));

        var build = () => builder.Build();

        build.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The policy set is invalid:\n"
            + "- institutions[0].policies[0]: Policy 'eastern-2013' accepts no evaluator; call AcceptsEvaluators with at least one evaluator id.\n"
            + "- institutions[0].programs[1]: Value must not be empty or white space; got ''. (Parameter 'id')\n"
            + "- institutions[1].policies[0]: The maximum age must be a positive period of whole days, weeks, months or years. (Parameter 'maxAge')\n"
            + "Actual value was P-1Y.\n"
            + "- institutions[2]: Institution 'northern-state' needs at least one policy version. (Parameter 'policies')");
    }

    [Fact]
    public void Build_TwoInstitutionsWithOneId_ThrowsInvalidPolicyExceptionNamingFieldAndValue()
    {
        var builder = Eastern(p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision))
            .Institution("eastern-state", "Eastern again", CreditUnit.SemesterHour, NewYork, institution => institution
                .Policy("eastern-2014", p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision))
                .Program("aa-general", "Associate in Arts"));

        var build = () => builder.Build();

        build.Should().Throw<InvalidPolicyException>().Which.Message.Should().Be("Institutions[1].Id: the id is already used by an earlier institution. Got 'eastern-state'. (Parameter 'Institutions[1].Id')");
    }

    [Fact]
    public void Build_StateAndProgramKind_AreSetAndABadStateIsListed()
    {
        var set = new PolicySetBuilder()
            .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork, institution => institution
                .State("FL")
                .Policy("eastern-2013", p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision))
                .Program("aa-general", "Associate in Arts", DegreeProgramKind.Associate))
            .Build();
        var bad = new PolicySetBuilder()
            .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork, institution => institution
                .State("Florida")
                .Policy("eastern-2013", p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision))
                .Program("aa-general", "Associate in Arts"));

        (set.Institutions[0].State, set.Institutions[0].Programs[0].Kind).Should().Be(("FL", (DegreeProgramKind?)DegreeProgramKind.Associate));
        bad.Invoking(b => b.Build()).Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The policy set is invalid:\n"
            + "- institutions[0].state: 'Florida' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR).");
    }
}
