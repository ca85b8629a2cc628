using System.Runtime.InteropServices;

namespace CreditRules.Cli.Bulk;

/// <summary>
/// Turns the first SIGINT (Ctrl-C) or SIGTERM into a cancellation the bulk run honours between batches, instead of the
/// runtime's immediate exit; a second signal terminates at once. Records which signal came, for the exit code
/// (128 + signal number: 130 for SIGINT, 143 for SIGTERM).
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public Interruption()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _source.Token;

    public string SignalName => _signal == 15 ? "SIGTERM" : "SIGINT";

    public int ExitCode => 128 + (_signal == 0 ? 2 : _signal);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, context.Signal == PosixSignal.SIGTERM ? 15 : 2, 0) != 0)
        {
            // The second signal: let the runtime end the process.
            return;
        }

        context.Cancel = true;
        _source.Cancel();
    }
}
