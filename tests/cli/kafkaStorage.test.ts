// kafka-storage, as Kafka 3.9's StorageTool (core/.../tools/StorageTool.scala) and its Formatter
// print it, over the session's simulated log directories.
import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/cli/runner';

/** What the last command printed (stdout and stderr as a terminal shows them) and its exit code. */
function run(setup: string, command: string) {
  const { transcript, exitCode } = runScript(`${setup}\n${command}`);
  const marker = `$ ${command}\n`;
  return { output: transcript.slice(transcript.lastIndexOf(marker) + marker.length), exitCode };
}

const ID = 'q1Sh-9_ISia_zwGINzRvyQ';
const FORMAT = `kafka-storage.sh format -t ${ID} -c config/kraft/server.properties`;

describe('kafka-storage random-uuid', () => {
  it('prints a 22-character URL-safe base64 Uuid (a version 4 UUID) from the session’s seeded source', () => {
    const first = run('', 'kafka-storage.sh random-uuid');
    expect(first.exitCode).toBe(0);
    expect(first.output).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}\n$/);
    // Same seed, same id; the next call draws a new one.
    expect(run('', 'kafka-storage.sh random-uuid').output).toBe(first.output);
    expect(run('kafka-storage.sh random-uuid', 'kafka-storage.sh random-uuid').output).not.toBe(
      first.output,
    );
  });
});

describe('kafka-storage format', () => {
  it('formats the quickstart’s directory with 3.9’s metadata.version', () => {
    expect(run('', FORMAT)).toEqual({
      output:
        'Formatting metadata directory /tmp/kraft-combined-logs with metadata.version 3.9-IV0.\n',
      exitCode: 0,
    });
  });

  it('refuses an already formatted directory unless --ignore-formatted', () => {
    expect(run(FORMAT, FORMAT)).toEqual({
      output:
        'Log directory /tmp/kraft-combined-logs is already formatted. Use --ignore-formatted to ignore this directory and format the others.\n',
      exitCode: 1,
    });
    expect(run(FORMAT, `${FORMAT} --ignore-formatted`)).toEqual({
      output: 'All of the log directories are already formatted.\n',
      exitCode: 0,
    });
  });

  it('fails on another cluster id already written there (MetaPropertiesEnsemble#verify)', () => {
    expect(
      run(FORMAT, 'kafka-storage.sh format -t other -c config/kraft/server.properties').output,
    ).toBe(
      `Exception in thread "main" java.lang.RuntimeException: Invalid cluster.id in: /tmp/kraft-combined-logs/meta.properties. Expected other, but read ${ID}\n`,
    );
  });

  it('formats a dynamic quorum with --standalone, which a static quorum refuses', () => {
    expect(
      run(
        '',
        `kafka-storage.sh format --standalone -t ${ID} -c config/kraft/reconfig-server.properties`,
      ),
    ).toEqual({
      output:
        'Formatting dynamic metadata voter directory /tmp/kraft-combined-logs with metadata.version 3.9-IV0.\n',
      exitCode: 0,
    });
    expect(run('', `${FORMAT} --standalone`)).toEqual({
      output:
        'You cannot specify controller.quorum.voters and format the node with --initial-controllers or --standalone. If you want to use dynamic quorum, please remove controller.quorum.voters and specify controller.quorum.bootstrap.servers instead.\n',
      exitCode: 1,
    });
    expect(
      run('', `kafka-storage.sh format -t ${ID} -c config/kraft/reconfig-server.properties`).output,
    ).toBe(
      'Because controller.quorum.voters is not set on this controller, you must specify one of the following: --standalone, --initial-controllers, or --no-initial-controllers.\n',
    );
  });

  it('takes a --release-version and Windows paths', () => {
    expect(
      run(
        '',
        `bin\\windows\\kafka-storage.bat format -t ${ID} -c .\\config\\kraft\\server.properties -r 3.7`,
      ).output,
    ).toBe(
      'Formatting metadata directory /tmp/kraft-combined-logs with metadata.version 3.7-IV4.\n',
    );
  });

  it('refuses 3.9’s ZooKeeper-mode config/server.properties as a legacy cluster', () => {
    const r = run('', `kafka-storage.sh format -t ${ID} -c config/server.properties`);
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(
      /^The kafka configuration file appears to be for a legacy cluster\. Formatting is only supported for clusters in KRaft mode\.\n\(kafkasim: /,
    );
  });
});

describe('kafka-storage info', () => {
  it('reports a directory that was never formatted as a problem (exit 1)', () => {
    expect(run('', 'kafka-storage.sh info -c config/kraft/server.properties')).toEqual({
      output: 'Found problem:\n  /tmp/kraft-combined-logs does not exist\n\n',
      exitCode: 1,
    });
  });

  it('shows the meta.properties that format wrote, keys sorted', () => {
    const r = run(FORMAT, 'kafka-storage.sh info -c config/kraft/server.properties');
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatch(
      new RegExp(
        `^Found log directory:\\n  /tmp/kraft-combined-logs\\n\\nFound metadata: \\{cluster.id=${ID}, directory.id=[A-Za-z0-9_-]{22}, node.id=1, version=1\\}\\n\\n$`,
      ),
    );
  });
});

describe('kafka-storage argument errors (argparse4j)', () => {
  const FORMAT_USAGE =
    'usage: kafka-storage format [-h] --config CONFIG --cluster-id CLUSTER_ID [--add-scram ADD_SCRAM] [--ignore-formatted] [--release-version RELEASE_VERSION] [--feature FEATURE] [--standalone | --no-initial-controllers | --initial-controllers INITIAL_CONTROLLERS]\n';

  it('names a missing required argument after the usage line', () => {
    expect(run('', 'kafka-storage.sh format -c config/kraft/server.properties')).toEqual({
      output: `${FORMAT_USAGE}kafka-storage format: error: argument --cluster-id/-t is required\n`,
      exitCode: 1,
    });
    expect(run('', `kafka-storage.sh format -t ${ID}`).output).toBe(
      `${FORMAT_USAGE}kafka-storage format: error: argument --config/-c is required\n`,
    );
  });

  it('wants a subcommand, and one it knows', () => {
    expect(run('', 'kafka-storage.sh')).toEqual({
      output:
        'usage: kafka-storage [-h] {info,format,random-uuid} ...\nkafka-storage: error: too few arguments\n',
      exitCode: 1,
    });
    expect(run('', 'kafka-storage.sh frob').output).toBe(
      "usage: kafka-storage [-h] {info,format,random-uuid} ...\nkafka-storage: error: invalid choice: 'frob' (choose from 'info', 'format', 'random-uuid')\n",
    );
  });

  it('keeps --standalone and --no-initial-controllers apart', () => {
    expect(
      run('', `${FORMAT.replace('server.properties', 'reconfig-server.properties')} -s -N`).output,
    ).toBe(
      `${FORMAT_USAGE}kafka-storage format: error: argument --no-initial-controllers/-N: not allowed with argument --standalone/-s\n`,
    );
  });
});
