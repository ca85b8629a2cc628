using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CreditRules.DependencyInjection;
using CreditRules.Diagnostics;
using CreditRules.Tests.Support;
using NodaTime.Testing;

namespace CreditRules.Tests.Diagnostics;

/// <summary>
/// Other tests evaluate in parallel, so listeners here keep only what this test's thread recorded (instruments fire on
/// the recording thread) or, for activities, what carries this test's own data version.
/// </summary>
public sealed class CreditRulesDiagnosticsTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2014, 6, 30, 12, 0));

    [Fact]
    public void Evaluate_EachOutcome_CountsOneDecisionTaggedWithIt()
    {
        var evaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies);
        using var recorder = new MeasurementRecorder("creditrules.decisions");

        evaluator.Evaluate(HostSamples.AdaRequest());
        evaluator.Evaluate(new EvaluationRequest(HostSamples.CompleteLearner("cleo"), "uci-precalculus", "eastern-state", "asn-nursing", HostSamples.AsOf));
        evaluator.Evaluate(new EvaluationRequest(new LearnerRecord("jon"), "uci-precalculus", "eastern-state", "aa-general", HostSamples.AsOf));

        recorder.Measurements.Should().Equal(
            "creditrules.decisions 1 outcome=Eligible",
            "creditrules.decisions 1 outcome=NotEligible",
            "creditrules.decisions 1 outcome=Incomplete");
    }

    [Fact]
    public void Evaluate_UnknownCourse_CountsAnErrorTaggedWithTheExceptionType()
    {
        var evaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies);
        using var recorder = new MeasurementRecorder("creditrules.evaluation.errors", "creditrules.decisions");

        var act = () => evaluator.Evaluate(new EvaluationRequest(new LearnerRecord("ada"), "no-such-course", "eastern-state", "aa-general", HostSamples.AsOf));

        act.Should().Throw<UnknownReferenceException>();
        recorder.Measurements.Should().Equal("creditrules.evaluation.errors 1 error.type=CreditRules.Domain.UnknownReferenceException");
    }

    [Fact]
    public void EvaluateBatch_Always_RecordsThroughputAndAnActivityWithTags()
    {
        var version = "diagnostics-" + Guid.NewGuid().ToString("N");
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, version)), Clock, []);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions { MaxDegreeOfParallelism = 2 }.Validate(), Clock);
        var requests = HostSamples.Population(50, seed: 7);
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CreditRulesDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("creditrules.data.version"), version))
                {
                    activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(activityListener);
        using var recorder = new MeasurementRecorder("creditrules.batch.decisions", "creditrules.batch.duration");

        var decisions = evaluator.EvaluateBatch(requests, TestContext.Current.CancellationToken);

        decisions.Should().HaveCount(50);
        recorder.Measurements.Should().HaveCount(2);
        recorder.Measurements[0].Should().Be("creditrules.batch.decisions 50");
        recorder.Values[1].Should().BeGreaterThanOrEqualTo(0); // a duration in seconds; its size is never asserted
        var batch = activities.Should().ContainSingle().Subject;
        batch.OperationName.Should().Be("CreditRules.EvaluateBatch");
        batch.GetTagItem("creditrules.batch.size").Should().Be(50);
        var counts = new[] { "eligible", "not_eligible", "incomplete" }.Select(t => (int)batch.GetTagItem("creditrules.batch." + t)!).ToArray();
        counts.Should().Equal(
            decisions.Count(d => d.Outcome == DecisionOutcome.Eligible),
            decisions.Count(d => d.Outcome == DecisionOutcome.NotEligible),
            decisions.Count(d => d.Outcome == DecisionOutcome.Incomplete));
    }

    [Fact]
    public void EvaluateBatch_EqualsOneByOneOnTheSameSnapshot()
    {
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, "v1")), Clock, []);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions { MaxDegreeOfParallelism = 4 }.Validate(), Clock);
        var requests = HostSamples.Population(1000, seed: 11);

        var batch = evaluator.EvaluateBatch(requests, TestContext.Current.CancellationToken).Select(HostSamples.Fingerprint);

        batch.Should().Equal(requests.Select(r => HostSamples.Fingerprint(evaluator.Evaluate(r))));
    }

    [Fact]
    public void EvaluateBatch_NullElement_ThrowsNamingTheIndex()
    {
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, "v1")), Clock, []);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions().Validate(), Clock);

        var act = () => evaluator.EvaluateBatch([HostSamples.AdaRequest(), null!]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be("Element [1] must not be null. (Parameter 'requests')");
    }

    /// <summary>Collects measurements of the named instruments of the CreditRules meter made on the creating thread, as text.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly int _threadId = Environment.CurrentManagedThreadId;
        private readonly ConcurrentQueue<(string Text, double Value)> _measurements = new();

        public MeasurementRecorder(params string[] instruments)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CreditRulesDiagnostics.MeterName && instruments.Contains(instrument.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.Start();
        }

        public string[] Measurements => _measurements.Select(m => m.Text).ToArray();

        public double[] Values => _measurements.Select(m => m.Value).ToArray();

        public void Dispose() => _listener.Dispose();

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (Environment.CurrentManagedThreadId != _threadId)
            {
                return;
            }

            var text = instrument.Name + " " + (instrument is Histogram<double> ? "(duration)" : value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var tag in tags)
            {
                text += " " + tag.Key + "=" + tag.Value;
            }

            _measurements.Enqueue((text, value));
        }
    }
}
