using CreditRules.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreditRules.Extensions.Hosting;

/// <summary>
/// Watches the two documents and reloads the data once they have been quiet for the debounce time; the core's
/// <see cref="CreditRulesDataProvider"/> swaps the snapshot atomically, and a failed reload leaves the current one in place.
/// Remembers the last reload's outcome for the health check. Thread-safe.
/// </summary>
internal sealed class CreditRulesReloader : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private CreditRulesDataProvider? _provider;
    private ITimer? _timer;
    private TimeSpan _debounce;
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private volatile ReloadOutcome? _last;
    private int _reloads;

    public CreditRulesReloader(TimeProvider time, ILoggerFactory? loggerFactory)
    {
        _time = time;
        _logger = (ILogger?)loggerFactory?.CreateLogger(Log.Category) ?? NullLogger.Instance;
    }

    /// <summary>Gets the last reload's outcome, or <see langword="null"/> before the first reload.</summary>
    public ReloadOutcome? LastReload => _last;

    /// <summary>Gets the number of reloads attempted.</summary>
    public int Reloads => Volatile.Read(ref _reloads);

    /// <summary>Gets a value indicating whether the documents are being watched.</summary>
    public bool Watching { get; private set; }

    /// <summary>Starts watching two files.</summary>
    public void Start(CreditRulesDataProvider provider, string catalogPath, string policiesPath, TimeSpan debounce)
    {
        lock (_gate)
        {
            _provider = provider;
            _debounce = debounce;
            _files = new HashSet<string>([catalogPath, policiesPath], StringComparer.Ordinal);
            foreach (var directory in _files.GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal))
            {
                var watcher = new FileSystemWatcher(directory.Key)
                {
                    NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                    IncludeSubdirectories = false,
                };
                foreach (var file in directory)
                {
                    watcher.Filters.Add(Path.GetFileName(file));
                }

                watcher.Changed += OnFileEvent;
                watcher.Created += OnFileEvent;
                watcher.Renamed += OnFileEvent;
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }

            Watching = true;
        }

        Log.WatchingForChanges(_logger, catalogPath, policiesPath, debounce);
    }

    /// <summary>Asks for a reload once the documents have been quiet for the debounce time; each call restarts the wait.</summary>
    public void RequestReload()
    {
        lock (_gate)
        {
            if (_provider is null)
            {
                return;
            }

            if (_timer is null)
            {
                _timer = _time.CreateTimer(static state => ((CreditRulesReloader)state!).ReloadNow(), this, _debounce, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Reloads now, remembering and logging the outcome; never throws for a bad document.</summary>
    /// <returns>The outcome.</returns>
    public ReloadOutcome ReloadNow()
    {
        var provider = _provider ?? throw new InvalidOperationException("The reloader has not started.");
        var previous = provider.DataVersion;
        Interlocked.Increment(ref _reloads);
        ReloadOutcome outcome;
        try
        {
            var version = provider.Reload();
            outcome = new ReloadOutcome(_time.GetUtcNow(), version, null);
            Log.DataReloaded(_logger, previous, version);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            outcome = new ReloadOutcome(_time.GetUtcNow(), previous, exception.Message);
            Log.ReloadFailed(_logger, previous, exception.Message, exception);
        }

        _last = outcome;
        return outcome;
    }

    public void Stop()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
            _timer?.Dispose();
            _timer = null;
            Watching = false;
        }
    }

    public void Dispose() => Stop();

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (_files.Contains(e.FullPath))
        {
            Log.ChangeDetected(_logger, e.FullPath);
            RequestReload();
        }
    }
}

/// <summary>The outcome of one reload: when, the data version now served, and the error if it failed.</summary>
internal sealed record ReloadOutcome(DateTimeOffset At, string DataVersion, string? Error);
