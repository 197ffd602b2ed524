// `help`: what this shell understands, in the words a newcomer would look for.
export const HELP = `Kafka's own tools (type them as in the notes: bin/kafka-topics.sh, kafka-topics,
bin\\windows\\kafka-topics.bat; add --help to any of them for its options):
  kafka-topics               create, list, describe, alter and delete topics
  kafka-console-producer     type records (key:value with --property parse.key=true); Ctrl+D ends
  kafka-console-consumer     print records as they arrive; Ctrl+C stops it
  kafka-consumer-groups      list, describe, reset offsets of and delete consumer groups
  kafka-configs              describe and change a topic's configs
  kafka-get-offsets          the first or last offset of each partition, or the offset at a time
  kafka-leader-election      move leadership back to preferred replicas, or force an unclean leader
  kafka-storage              random-uuid, format and info for a KRaft log directory
  kafka-server-start, kafka-server-stop, zookeeper-server-start, zookeeper-server-stop

Shell:
  COMMAND &          run in the background (a consumer keeps printing as records arrive)
  jobs               list background jobs
  kill %N            stop job N as Ctrl+C would (a consumer leaves its group at once)
  kill -9 %N         crash job N (its group notices only when the session times out)
  sleep S            let S seconds of simulated time pass
  echo TEXT | CMD    feed lines to a producer; here-documents (CMD <<EOF ... EOF) work too
  history, clear, help, exit

The simulator (what no Kafka tool does):
  sim help           build the cluster, stop, kill and restart brokers, change the speed
  sim producer       a producer with chosen settings (acks, partitioner, idempotence, linger.ms)
  sim load           a steady stream of records: orders, GPS reports, log lines or clicks
  sim consumer       add a consumer to a group; close it, kill it or make it slow
`;
