// The benchmark's output: its figures as one result (the final JSON line, docs/performance.md), and the two tables
// printed before it, against the hello world and against the stack floor.
import { median, percentile, round2 } from './bench-stats.mjs';

/** The figures of a run, from its measured series; the keys are those docs/performance.md records. */
export function summarize({ startups, firstInvocations, steady, noop, floor, rss, ddbPlain, ddbDuplicate, handovers,
  delayMs, javaOpts, java }) {
  return {
    startupMillis: Math.round(median(startups.function)),
    helloWorldStartupMillis: Math.round(median(startups.hello)),
    startupRatio: round2(median(startups.function) / median(startups.hello)),
    firstInvocationMillis: round2(median(firstInvocations.function)),
    helloWorldFirstInvocationMillis: round2(median(firstInvocations.hello)),
    plainP50Micros: Math.round(percentile(steady.latencies, 50)),
    plainP99Micros: Math.round(percentile(steady.latencies, 99)),
    noopP50Micros: Math.round(percentile(noop.latencies, 50)),
    noopP99Micros: Math.round(percentile(noop.latencies, 99)),
    cpuMicrosPerPlainMessage: Math.round(steady.cpuMicros),
    dynamoServerMicrosPerPlainMessage: Math.round(steady.dynamoServerMicros),
    helloWorldCpuMicrosPerMessage: Math.round(noop.cpuMicros),
    throughputPerSecondOneInstance: Math.round(steady.perSecond),
    ddbCallsPerPlainMessage: ddbPlain.total,
    ddbCallsPerDuplicate: ddbDuplicate.total,
    ddbCallsPerPaused: handovers.paused.total,
    ddbCallsPerHandover: handovers.ddbCalls,
    ddbCallsByOperation: { plain: ddbPlain.byOperation, duplicate: ddbDuplicate.byOperation,
      paused: handovers.paused.byOperation, handover: handovers.byOperation },
    crmRoundsPerHandover: handovers.rounds,
    handoverMillis: Math.round(handovers.millis),
    handoverToCriticalPathRatio: round2(handovers.millis / (handovers.rounds * delayMs)),
    handoverBeforeCrmMillis: handovers.beforeCrm,
    handoverBetweenRoundsMillis: handovers.betweenRounds,
    handoverAfterCrmMillis: handovers.afterCrm,
    rssMegabytes: Math.round(rss),
    helloWorldRssMegabytes: Math.round(noop.rss),
    stackFloorStartupMillis: Math.round(median(startups.floor)),
    stackFloorFirstInvocationMillis: round2(median(firstInvocations.floor)),
    stackFloorP50Micros: Math.round(percentile(floor.latencies, 50)),
    stackFloorP99Micros: Math.round(percentile(floor.latencies, 99)),
    stackFloorCpuMicrosPerMessage: Math.round(floor.cpuMicros),
    stackFloorThroughputPerSecond: Math.round(floor.perSecond),
    stackFloorRssMegabytes: Math.round(floor.rss),
    startupRatioToStackFloor: round2(median(startups.function) / median(startups.floor)),
    cpuRatioToStackFloor: round2(steady.cpuMicros / floor.cpuMicros),
    rssRatioToStackFloor: round2(rss / floor.rss),
    crmDelayMillis: delayMs,
    javaOptions: javaOpts.join(' '),
    java: `${java}${process.env.BENCH_AOT === 'true' ? ' with an AOT cache' : ''}`,
  };
}

export function printTable(r) {
  const rows = [
    ['start of the JVM to the first response (ms)', r.startupMillis, r.helloWorldStartupMillis, `${r.startupRatio}x`],
    ['of which the first invocation, after init (ms)', r.firstInvocationMillis, r.helloWorldFirstInvocationMillis, ''],
    ['latency p50 / p99 (µs)', `${r.plainP50Micros} / ${r.plainP99Micros}`, `${r.noopP50Micros} / ${r.noopP99Micros}`, 'hello world: the harness floor'],
    ['CPU per message (µs)', r.cpuMicrosPerPlainMessage, r.helloWorldCpuMicrosPerMessage, 'the JVM\'s own (user + system)'],
    ['dynalite serving the message\'s calls (µs, mean)', r.dynamoServerMicrosPerPlainMessage, '', 'inside the latency, not the CPU'],
    ['one instance, back to back (/s)', r.throughputPerSecondOneInstance, '', ''],
    ['DynamoDB calls: plain / duplicate / paused / handover', `${r.ddbCallsPerPlainMessage} / ${r.ddbCallsPerDuplicate} / ${r.ddbCallsPerPaused} / ${r.ddbCallsPerHandover}`, '', 'counted by dynalite'],
    [`handover wall time, CRM delay ${r.crmDelayMillis} ms (ms)`, r.handoverMillis, '', `${r.crmRoundsPerHandover} CRM rounds: ${r.handoverToCriticalPathRatio}x`],
    ['of which outside the CRM: before / between rounds / after (ms)', `${r.handoverBeforeCrmMillis} / ${r.handoverBetweenRoundsMillis} / ${r.handoverAfterCrmMillis}`, '', 'medians'],
    ['RSS after warm-up (MB)', r.rssMegabytes, r.helloWorldRssMegabytes, `${round2(r.rssMegabytes / r.helloWorldRssMegabytes)}x`],
  ];
  console.log('| figure | this function | hello world | note |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  // The fixed stack's own cost: what no code of the product can take below.
  const floorRows = [
    ['start of the JVM to the first response (ms)', r.startupMillis, r.stackFloorStartupMillis, `${r.startupRatioToStackFloor}x`],
    ['of which the first invocation, after init (ms)', r.firstInvocationMillis, r.stackFloorFirstInvocationMillis, ''],
    ['latency p50 / p99 (µs)', `${r.plainP50Micros} / ${r.plainP99Micros}`, `${r.stackFloorP50Micros} / ${r.stackFloorP99Micros}`, 'both: one DynamoDB write'],
    ['CPU per message (µs)', r.cpuMicrosPerPlainMessage, r.stackFloorCpuMicrosPerMessage, `${r.cpuRatioToStackFloor}x`],
    ['one instance, back to back (/s)', r.throughputPerSecondOneInstance, r.stackFloorThroughputPerSecond, ''],
    ['RSS after warm-up (MB)', r.rssMegabytes, r.stackFloorRssMegabytes, `${r.rssRatioToStackFloor}x`],
  ];
  console.log('\n| figure | this function | stack floor | note |\n|---|---|---|---|');
  for (const row of floorRows) console.log(`| ${row.join(' | ')} |`);
}
