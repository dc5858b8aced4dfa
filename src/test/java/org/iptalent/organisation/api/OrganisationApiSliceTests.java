package org.iptalent.organisation.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.ProblemResponses;
import org.iptalent.platform.web.WebRequestProperties;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisations API alone, its service mocked: how it pages, and the problem details it answers in Chinese
 * (the default) or in English (Accept-Language: en), without starting the platform. The slice holds the controller,
 * the platform's web configuration and exception handlers (which build every problem detail with
 * {@link ProblemResponses}, and read the upload and body limits); who may call the API is the identity module's,
 * not here.
 */
@WebMvcTest(OrganisationApiController.class)
@Import(ProblemResponses.class)
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
@EnableConfigurationProperties(WebRequestProperties.class)
class OrganisationApiSliceTests {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrganisationRecords organisations;

    @Test
    void aListHasItsSizeClampedItsNegativePageMadeTheFirstAndItsFiltersPassedOn() throws Exception {
        when(organisations.find(any(), any(), anyBoolean(), any())).thenAnswer(call -> new PageImpl<>(
                List.of(view(7, "华信大学", 3)), call.<Pageable>getArgument(3), 1));
        mvc.perform(get("/api/v1/organisations").param("q", "华信").param("type", "UNIVERSITY")
                        .param("unverified", "true").param("page", "-2").param("size", "1000")
                        .param("sort", "creditCode,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("华信大学"))
                .andExpect(jsonPath("$.page.size").value(100))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        verify(organisations).find(eq("华信"), eq("UNIVERSITY"), eq(true),
                eq(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "creditCode"))));
    }

    @Test
    void aPageBeyondTheReachableRowsIsRefusedWithoutAQuery() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("page", String.valueOf(Integer.MAX_VALUE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.detail").value("页码超出可翻阅的范围：每页 20 条时，page 最大为 107,374,181（从 0 开始）。"
                        + "请缩小检索范围。"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/organisations").param("page", String.valueOf(Integer.MAX_VALUE))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value("The page is beyond the reachable range: with 20 per page, page "
                        + "goes up to 107,374,181 (counting from 0). Please narrow the search instead."));
        verifyNoInteractions(organisations);
    }

    @Test
    void aSortByAFieldTheListDoesNotOfferIsRefusedNamingTheFieldsItOffers() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("sort", "password"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("不支持按“password”排序。可用的排序字段：name, creditCode, regionCode, "
                        + "createdAt。"))
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/organisations").param("sort", "password").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Cannot sort by \"password\". The sort fields are: name, "
                        + "creditCode, regionCode, createdAt."));
        verify(organisations, never()).find(any(), any(), anyBoolean(), any());
    }

    @Test
    void anOrganisationOutsideTheCallersRegionIsNotFoundInTheCallersLanguage() throws Exception {
        when(organisations.get(42)).thenThrow(new RecordNotFoundException("Organisation", 42));
        mvc.perform(get("/api/v1/organisations/42"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("资源不存在，或不在您的管辖范围内。"))
                .andExpect(jsonPath("$.instance").value("/api/v1/organisations/42"));
        mvc.perform(get("/api/v1/organisations/42").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("The resource does not exist or is outside your scope."));
    }

    @Test
    void invalidInputNamesEachFieldWithItsMessageInTheCallersLanguage() throws Exception {
        when(organisations.create(any())).thenThrow(new InvalidInputException(List.of(
                new Problem("name", "field.required"),
                new Problem("creditCode", "organisation.creditCode.taken", List.of("91330100MA2H00001X")))));
        String body = "{\"name\":\"\",\"type\":\"ENTERPRISE\",\"creditCode\":\"91330100MA2H00001X\","
                + "\"regionCode\":\"330100\"}";
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容未通过校验，请检查 errors 中列出的字段。"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("必填项。"))
                .andExpect(jsonPath("$.errors[1].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[1].message").value("统一社会信用代码 91330100MA2H00001X 已登记。"));
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Required."))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("The unified social credit code 91330100MA2H00001X is already registered."));
    }

    @Test
    void anUpdateFromAStaleReadIsRefusedAndChangesNothing() throws Exception {
        when(organisations.get(7)).thenReturn(view(7, "华信大学", 3));
        String body = "{\"name\":\"华信理工大学\",\"type\":\"UNIVERSITY\",\"creditCode\":\"91330100MA2H00001X\","
                + "\"regionCode\":\"330100\"}";
        mvc.perform(put("/api/v1/organisations/7").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("If-Match", "\"2\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("前提条件不成立"))
                .andExpect(jsonPath("$.detail").value("该记录在您读取之后已被修改（If-Match 与当前 ETag 不符），未做任何修改。"
                        + "请重新读取后再更新。"));
        mvc.perform(put("/api/v1/organisations/7").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value("Send the ETag you read in an If-Match header, or the version "
                        + "field."));
        verify(organisations, never()).update(anyLong(), anyLong(), any(OrganisationInput.class));
    }

    private static OrganisationView view(long id, String name, long version) {
        return new OrganisationView(id, version, name, "UNIVERSITY", "91330100MA2H00001X", "330100", "83", true);
    }
}
