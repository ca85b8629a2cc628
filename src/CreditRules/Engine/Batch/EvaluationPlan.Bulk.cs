using System.Runtime.CompilerServices;

namespace CreditRules.Engine;

/// <content>Bulk evaluation: spans (sequential and parallel), enumerables and async streams.</content>
public sealed partial class EvaluationPlan
{
    /// <summary>Claims per block of a parallel run: small enough to balance two workers over a few thousand claims.</summary>
    internal const int BlockSize = 1024;

    /// <summary>Decides one input of a bulk run: a summary, or an error entry when the input is invalid. Never throws for bad input.</summary>
    /// <param name="position">The input's zero-based position.</param>
    /// <param name="claim">The claim; null gives an error entry.</param>
    /// <returns>The entry.</returns>
    public BulkEntry EvaluateEntry(long position, CreditClaim? claim)
    {
        var error = Decide(position, claim, out var summary);
        return error is null ? new BulkEntry(position, claim!.Learner.LearnerId, summary) : new BulkEntry(error);
    }

    /// <summary>Decides claims in order, outcome-only, into a caller's span; a bad claim becomes an error entry and the run carries on.</summary>
    /// <param name="claims">The claims (null elements become error entries).</param>
    /// <param name="results">Receives one summary per claim, at the claim's index; left <c>default</c> for an error.</param>
    /// <param name="progress">Receives progress every few thousand claims, or null.</param>
    /// <param name="cancellationToken">Stops the run after the claim in hand: the result reports the finished prefix.</param>
    /// <returns>The counts and the error entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="claims"/>.</exception>
    public BulkRunResult Evaluate(ReadOnlySpan<CreditClaim> claims, Span<DecisionSummary> results, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        EnsureRoom(claims.Length, results.Length);
        List<InputError>? errors = null;
        long decisions = 0;
        var done = 0;
        for (; done < claims.Length; done++)
        {
            if ((done & 1023) == 0)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if ((done & (BlockSize - 1)) == 0 && done > 0)
                {
                    progress?.Report(new BulkProgress(done, claims.Length, errors?.Count ?? 0));
                }
            }

            var error = Decide(done, claims[done], out results[done]);
            if (error is null)
            {
                decisions++;
            }
            else
            {
                (errors ??= []).Add(error);
            }
        }

        progress?.Report(new BulkProgress(done, claims.Length, errors?.Count ?? 0));
        return new BulkRunResult(claims.Length, done, decisions, errors ?? (IReadOnlyList<InputError>)[], done < claims.Length);
    }

    /// <summary>
    /// Decides claims on several threads, outcome-only, into a caller's memory: claims are taken in blocks in input order,
    /// each result lands at its claim's index, so the results equal a sequential run's.
    /// </summary>
    /// <param name="claims">The claims (null elements become error entries).</param>
    /// <param name="results">Receives one summary per claim, at the claim's index; left <c>default</c> for an error.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 0 or less means one per processor.</param>
    /// <param name="progress">Receives progress after each block (from worker threads), or null.</param>
    /// <param name="cancellationToken">Stops taking new blocks; the blocks in hand finish, so the result is a prefix of the inputs.</param>
    /// <returns>The counts and the error entries, in input order.</returns>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="claims"/>.</exception>
    public BulkRunResult EvaluateParallel(ReadOnlyMemory<CreditClaim> claims, Memory<DecisionSummary> results, int maxDegreeOfParallelism = 0, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        EnsureRoom(claims.Length, results.Length);
        var total = claims.Length;
        var blocks = (total + BlockSize - 1) / BlockSize;
        var workers = Math.Max(1, Math.Min(maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism, blocks));
        var blockErrors = new List<InputError>?[blocks];
        var blockDecisions = new long[blocks];
        var next = -1;
        long processed = 0;
        long errorCount = 0;

        void Work()
        {
            int block;
            while (!cancellationToken.IsCancellationRequested && (block = Interlocked.Increment(ref next)) < blocks)
            {
                var start = block * BlockSize;
                var end = Math.Min(start + BlockSize, total);
                var input = claims.Span;
                var output = results.Span;
                List<InputError>? errors = null;
                long decided = 0;
                for (var i = start; i < end; i++)
                {
                    var error = Decide(i, input[i], out output[i]);
                    if (error is null)
                    {
                        decided++;
                    }
                    else
                    {
                        (errors ??= []).Add(error);
                    }
                }

                blockErrors[block] = errors;
                blockDecisions[block] = decided;
                var errorsSoFar = errors is null ? Interlocked.Read(ref errorCount) : Interlocked.Add(ref errorCount, errors.Count);
                progress?.Report(new BulkProgress(Interlocked.Add(ref processed, end - start), total, errorsSoFar));
            }
        }

        if (workers == 1)
        {
            Work();
        }
        else
        {
            var threads = new Task[workers - 1];
            for (var w = 0; w < threads.Length; w++)
            {
                threads[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            Work();
            Task.WaitAll(threads, CancellationToken.None);
        }

        // Blocks are taken in order and every taken block finishes, so the finished blocks are a prefix.
        var finishedBlocks = Math.Min(Volatile.Read(ref next) + 1, blocks);
        var finished = Math.Min(finishedBlocks * BlockSize, total);
        var allErrors = new List<InputError>();
        long decisions = 0;
        for (var b = 0; b < finishedBlocks; b++)
        {
            decisions += blockDecisions[b];
            if (blockErrors[b] is { } errors)
            {
                allErrors.AddRange(errors);
            }
        }

        return new BulkRunResult(total, finished, decisions, allErrors, finished < total);
    }

    /// <summary>Decides claims lazily, in order, one entry per claim (a decision or an error).</summary>
    /// <param name="claims">The claims (null elements become error entries).</param>
    /// <returns>The entries, positions counted from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public IEnumerable<BulkEntry> Evaluate(IEnumerable<CreditClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Iterate(claims);

        IEnumerable<BulkEntry> Iterate(IEnumerable<CreditClaim> source)
        {
            long position = 0;
            foreach (var claim in source)
            {
                yield return EvaluateEntry(position++, claim);
            }
        }
    }

    /// <summary>Decides an asynchronous stream of claims, in order, one entry per claim (a decision or an error).</summary>
    /// <param name="claims">The claims (null elements become error entries).</param>
    /// <param name="cancellationToken">Stops the stream between claims.</param>
    /// <returns>The entries, positions counted from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public IAsyncEnumerable<BulkEntry> EvaluateAsync(IAsyncEnumerable<CreditClaim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Iterate(claims, cancellationToken);

        async IAsyncEnumerable<BulkEntry> Iterate(IAsyncEnumerable<CreditClaim> source, [EnumeratorCancellation] CancellationToken token)
        {
            long position = 0;
            await foreach (var claim in source.WithCancellation(token).ConfigureAwait(false))
            {
                yield return EvaluateEntry(position++, claim);
            }
        }
    }

    private static void EnsureRoom(int claims, int results)
    {
        if (results < claims)
        {
            throw new ArgumentException(FormattableString.Invariant($"The results span holds {results} entries; it needs one per claim ({claims})."), nameof(results));
        }
    }

    /// <summary>Decides one input; returns its error entry, or null with the summary set.</summary>
    private InputError? Decide(long position, CreditClaim? claim, out DecisionSummary summary)
    {
        summary = default;
        if (claim is null)
        {
            return new InputError(position, null, "claims[" + position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", null, InputErrorCode.InvalidInput, "The claim is null.");
        }

        try
        {
            summary = Summarize(claim);
            return null;
        }
        catch (ArgumentException exception)
        {
            summary = default;
            return InputError.FromException(position, claim.Learner.LearnerId, exception);
        }
    }
}
