using CreditRules.Engine.Rules;

namespace CreditRules.Engine;

/// <summary>
/// The claim decisions shared between the programs of ONE institution within ONE call of the ranked pass (nothing is kept
/// between institutions or calls): each group is a set of compiled claim routes (<see cref="RoutePlan"/>, one per claimed
/// course, under a program's effective settings and policy version) and the states the claim rules left for them. Programs
/// that state no settings of their own share their institution's compiled routes, so their routes are the same objects and
/// the key is reference equality on the routes themselves: no list of settings to keep in step with the rules.
/// </summary>
/// <remarks>
/// A program joins a group only when nothing else the claim rules read differs between it and the group's first program:
/// the learner has no exception and the plan no host claim rule (both read the program's id), the program has no
/// override, and the learner has no enrolment in it (the policy version selection and recency anchor read it); see
/// <see cref="CreditExplorer"/>. The record rules still run for every program. Not thread-safe: one per pass.
/// </remarks>
internal sealed class ClaimGroups(int claimCount)
{
    private readonly List<RoutePlan[]> _routes = [];
    private readonly List<ClaimState[]> _states = [];
    private int _count;

    /// <summary>Gets the number of programs whose claims the claim rules decided (every program not served by a group).</summary>
    public int Decided { get; set; }

    /// <summary>Gets the number of programs whose claims were taken from a group.</summary>
    public int Shared { get; set; }

    /// <summary>Forgets the groups (the next institution's programs start afresh); keeps the buffers.</summary>
    public void Clear() => _count = 0;

    /// <summary>The group whose routes are <paramref name="routes"/> (the same objects, course by course), or -1.</summary>
    public int Find(ReadOnlySpan<RoutePlan> routes)
    {
        for (var g = 0; g < _count; g++)
        {
            var key = _routes[g];
            var same = true;
            for (var i = 0; i < key.Length && same; i++)
            {
                same = ReferenceEquals(key[i], routes[i]);
            }

            if (same)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>The states of group <paramref name="group"/>, in the request's course order.</summary>
    public ReadOnlySpan<ClaimState> States(int group) => _states[group];

    /// <summary>Starts a group for <paramref name="routes"/>; returns where the claim rules' states go.</summary>
    public Span<ClaimState> Add(ReadOnlySpan<RoutePlan> routes)
    {
        if (_count == _routes.Count)
        {
            _routes.Add(new RoutePlan[claimCount]);
            _states.Add(new ClaimState[claimCount]);
        }

        routes.CopyTo(_routes[_count]);
        return _states[_count++];
    }

    /// <summary>
    /// Drops the group just added unless every state it holds can be copied safely: a state whose bit sets spill into an
    /// array (<see cref="BitSet.More"/>) would share that array with its copies, so such a group is never reused.
    /// </summary>
    public void KeepIfCopyable()
    {
        foreach (var state in _states[_count - 1])
        {
            if (state.Reasons.More is not null || state.Restrictions.More is not null || state.ExceptionsUsed.More is not null)
            {
                _count--;
                return;
            }
        }
    }
}
