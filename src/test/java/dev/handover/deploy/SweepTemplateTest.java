package dev.handover.deploy;

import static dev.handover.deploy.TemplateTest.JVM;
import static dev.handover.deploy.TemplateTest.function;
import static dev.handover.deploy.TemplateTest.list;
import static dev.handover.deploy.TemplateTest.map;
import static dev.handover.deploy.TemplateTest.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.conversation.DueWork;
import dev.handover.webhook.ScheduledSweep;

/** The sweep's part of the template: the sparse index the code queries, and the schedule with the input it knows. */
class SweepTemplateTest {

    @Test
    void sweep_shouldQueryASparseIndexOnAOneMinuteScheduleWhoseInputNoUrlRequestHas() throws IOException {
        Map<String, Object> template = template(JVM);
        Map<String, Object> table = map(map(map(template.get("Resources")).get("HandoverTable")).get("Properties"));
        Map<String, Object> index = map(list(table.get("GlobalSecondaryIndexes")).get(0));
        Map<String, Object> event = map(map(function(template).get("Events")).get("DueWorkSweep"));
        Map<String, Object> schedule = map(event.get("Properties"));

        assertThat(index).containsEntry("IndexName", DueWork.INDEX)
                .containsEntry("Projection", Map.of("ProjectionType", "KEYS_ONLY"))
                .containsEntry("KeySchema", List.of(Map.of("AttributeName", "dueShard", "KeyType", "HASH"),
                        Map.of("AttributeName", "dueAt", "KeyType", "RANGE")));
        assertThat(event).containsEntry("Type", "ScheduleV2");
        assertThat(schedule).containsEntry("ScheduleExpression", "rate(1 minute)");
        JsonNode input = new ObjectMapper().readTree((String) schedule.get("Input"));
        assertThat(input.get("routeKey").asText()).isEqualTo(ScheduledSweep.ROUTE_KEY);
        assertThat(input.has("requestContext")).isFalse();
    }
}
