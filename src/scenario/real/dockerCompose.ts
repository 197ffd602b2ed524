// docker-compose.yml for the session script: one Kafka broker in KRaft mode (broker and
// controller in one process), from the official apache/kafka image, reachable on localhost:9092
// from the host and from inside the container.

export const KAFKA_IMAGE = 'apache/kafka:4.1.1';

export function dockerCompose(): string {
  return `# One Kafka broker in KRaft mode (it is its own controller), for the session script.
#   docker compose up -d      start it (tools run inside it: docker exec -i kafka /opt/kafka/bin/…)
#   docker compose down       stop it and forget everything
services:
  kafka:
    image: ${KAFKA_IMAGE}
    container_name: kafka
    hostname: kafka
    ports:
      - '9092:9092'
    environment:
      KAFKA_NODE_ID: 1
      KAFKA_PROCESS_ROLES: 'broker,controller'
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093'
      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://localhost:9092'
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT'
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER'
      KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT'
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093'
      # One broker: the internal topics can have one replica only.
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: 1
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: 1
      # The first rebalance of a new group starts at once (Kafka waits 3 s by default, as the simulator does).
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0
      KAFKA_LOG_DIRS: '/tmp/kraft-combined-logs'
`;
}
