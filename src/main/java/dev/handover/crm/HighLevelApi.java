package dev.handover.crm;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import dev.handover.crm.HighLevelDtos.AddTags;
import dev.handover.crm.HighLevelDtos.ContactEnvelope;
import dev.handover.crm.HighLevelDtos.ConversationSearch;
import dev.handover.crm.HighLevelDtos.CreateNote;
import dev.handover.crm.HighLevelDtos.CreateTask;
import dev.handover.crm.HighLevelDtos.NoteEnvelope;
import dev.handover.crm.HighLevelDtos.NoteList;
import dev.handover.crm.HighLevelDtos.SendMessage;
import dev.handover.crm.HighLevelDtos.SentMessage;
import dev.handover.crm.HighLevelDtos.TaskEnvelope;
import dev.handover.crm.HighLevelDtos.TaskList;
import dev.handover.crm.HighLevelDtos.UpdateContact;

/**
 * The HighLevel API v2 endpoints a handover uses. Each takes its {@code Version} header, which differs between the
 * contacts and the conversations APIs; the bearer token is added by {@link BearerTokenFilter}. Each answers a
 * {@link Uni}, so that {@link CrmCaller} waits only as long as the invocation has left and cancels the request then.
 */
@RegisterRestClient(configKey = "highlevel")
@RegisterProvider(BearerTokenFilter.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface HighLevelApi {

    @GET
    @Path("/contacts/{contactId}")
    Uni<ContactEnvelope> getContact(@HeaderParam("Version") String version, @PathParam("contactId") String contactId);

    @PUT
    @Path("/contacts/{contactId}")
    Uni<ContactEnvelope> updateContact(@HeaderParam("Version") String version, @PathParam("contactId") String contactId,
            UpdateContact body);

    @POST
    @Path("/contacts/{contactId}/tasks")
    Uni<TaskEnvelope> createTask(@HeaderParam("Version") String version, @PathParam("contactId") String contactId,
            CreateTask body);

    @GET
    @Path("/contacts/{contactId}/tasks")
    Uni<TaskList> listTasks(@HeaderParam("Version") String version, @PathParam("contactId") String contactId);

    @POST
    @Path("/contacts/{contactId}/notes")
    Uni<NoteEnvelope> createNote(@HeaderParam("Version") String version, @PathParam("contactId") String contactId,
            CreateNote body);

    @GET
    @Path("/contacts/{contactId}/notes")
    Uni<NoteList> listNotes(@HeaderParam("Version") String version, @PathParam("contactId") String contactId);

    @GET
    @Path("/conversations/{conversationId}/messages")
    Uni<JsonNode> listMessages(@HeaderParam("Version") String version,
            @PathParam("conversationId") String conversationId, @QueryParam("limit") int limit,
            @QueryParam("lastMessageId") String lastMessageId);

    @POST
    @Path("/contacts/{contactId}/tags")
    Uni<AddTags> addTags(@HeaderParam("Version") String version, @PathParam("contactId") String contactId,
            AddTags body);

    /** HighLevel's "Remove Tags" takes its tags in a body, on a DELETE. */
    @DELETE
    @Path("/contacts/{contactId}/tags")
    Uni<AddTags> removeTags(@HeaderParam("Version") String version, @PathParam("contactId") String contactId,
            AddTags body);

    @GET
    @Path("/conversations/search")
    Uni<ConversationSearch> searchConversations(@HeaderParam("Version") String version,
            @QueryParam("locationId") String locationId, @QueryParam("contactId") String contactId,
            @QueryParam("sortBy") String sortBy, @QueryParam("sort") String sort, @QueryParam("limit") int limit);

    @POST
    @Path("/conversations/messages")
    Uni<SentMessage> sendMessage(@HeaderParam("Version") String version, SendMessage body);
}
