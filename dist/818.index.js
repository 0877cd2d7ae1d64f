export const id = 818;
export const ids = [818];
export const modules = {

/***/ 818:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getAcceptHeaderPlugin } = __webpack_require__(8116);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultAPIGatewayHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "apigateway",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultAPIGatewayHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "apigateway",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://apigateway-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://apigateway-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://apigateway.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://apigateway.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class APIGatewayServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, APIGatewayServiceException.prototype);
    }
}

class BadRequestException extends APIGatewayServiceException {
    name = "BadRequestException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BadRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BadRequestException.prototype);
    }
}
class ConflictException extends APIGatewayServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class LimitExceededException extends APIGatewayServiceException {
    name = "LimitExceededException";
    $fault = "client";
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class NotFoundException extends APIGatewayServiceException {
    name = "NotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NotFoundException.prototype);
    }
}
class TooManyRequestsException extends APIGatewayServiceException {
    name = "TooManyRequestsException";
    $fault = "client";
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class UnauthorizedException extends APIGatewayServiceException {
    name = "UnauthorizedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnauthorizedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnauthorizedException.prototype);
    }
}
class ServiceUnavailableException extends APIGatewayServiceException {
    name = "ServiceUnavailableException";
    $fault = "server";
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "ServiceUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}

const _A = "Account";
const _AK = "ApiKey";
const _AKI = "ApiKeyIds";
const _AKp = "ApiKeys";
const _ALS = "AccessLogSettings";
const _AS = "ApiStage";
const _Ac = "Accept";
const _Au = "Authorizer";
const _Aut = "Authorizers";
const _BPM = "BasePathMapping";
const _BPMa = "BasePathMappings";
const _BRE = "BadRequestException";
const _CA = "CreateAuthorizer";
const _CAK = "CreateApiKey";
const _CAKR = "CreateApiKeyRequest";
const _CAR = "CreateAuthorizerRequest";
const _CBPM = "CreateBasePathMapping";
const _CBPMR = "CreateBasePathMappingRequest";
const _CC = "ClientCertificate";
const _CCl = "ClientCertificates";
const _CD = "Content-Disposition";
const _CDN = "CreateDomainName";
const _CDNAA = "CreateDomainNameAccessAssociation";
const _CDNAAR = "CreateDomainNameAccessAssociationRequest";
const _CDNR = "CreateDomainNameRequest";
const _CDP = "CreateDocumentationPart";
const _CDPR = "CreateDocumentationPartRequest";
const _CDR = "CreateDeploymentRequest";
const _CDV = "CreateDocumentationVersion";
const _CDVR = "CreateDocumentationVersionRequest";
const _CDr = "CreateDeployment";
const _CE = "ConflictException";
const _CM = "CreateModel";
const _CMR = "CreateModelRequest";
const _CR = "CreateResource";
const _CRA = "CreateRestApi";
const _CRAR = "CreateRestApiRequest";
const _CRR = "CreateResourceRequest";
const _CRV = "CreateRequestValidator";
const _CRVR = "CreateRequestValidatorRequest";
const _CS = "CanarySettings";
const _CSR = "CreateStageRequest";
const _CSr = "CreateStage";
const _CT = "Content-Type";
const _CUP = "CreateUsagePlan";
const _CUPK = "CreateUsagePlanKey";
const _CUPKR = "CreateUsagePlanKeyRequest";
const _CUPR = "CreateUsagePlanRequest";
const _CVL = "CreateVpcLink";
const _CVLR = "CreateVpcLinkRequest";
const _D = "Deployment";
const _DA = "DeleteAuthorizer";
const _DAK = "DeleteApiKey";
const _DAKR = "DeleteApiKeyRequest";
const _DAR = "DeleteAuthorizerRequest";
const _DBPM = "DeleteBasePathMapping";
const _DBPMR = "DeleteBasePathMappingRequest";
const _DCC = "DeleteClientCertificate";
const _DCCR = "DeleteClientCertificateRequest";
const _DCS = "DeploymentCanarySettings";
const _DD = "DeleteDeployment";
const _DDN = "DeleteDomainName";
const _DDNAA = "DeleteDomainNameAccessAssociation";
const _DDNAAR = "DeleteDomainNameAccessAssociationRequest";
const _DDNR = "DeleteDomainNameRequest";
const _DDP = "DeleteDocumentationPart";
const _DDPR = "DeleteDocumentationPartRequest";
const _DDR = "DeleteDeploymentRequest";
const _DDV = "DeleteDocumentationVersion";
const _DDVR = "DeleteDocumentationVersionRequest";
const _DGR = "DeleteGatewayResponse";
const _DGRR = "DeleteGatewayResponseRequest";
const _DI = "DeleteIntegration";
const _DIR = "DeleteIntegrationRequest";
const _DIRR = "DeleteIntegrationResponseRequest";
const _DIRe = "DeleteIntegrationResponse";
const _DM = "DeleteMethod";
const _DMR = "DeleteMethodRequest";
const _DMRR = "DeleteMethodResponseRequest";
const _DMRe = "DeleteModelRequest";
const _DMRel = "DeleteMethodResponse";
const _DMe = "DeleteModel";
const _DN = "DomainName";
const _DNAA = "DomainNameAccessAssociation";
const _DNAAo = "DomainNameAccessAssociations";
const _DNo = "DomainNames";
const _DP = "DocumentationPart";
const _DPI = "DocumentationPartIds";
const _DPL = "DocumentationPartLocation";
const _DPo = "DocumentationParts";
const _DR = "DeleteResource";
const _DRA = "DeleteRestApi";
const _DRAR = "DeleteRestApiRequest";
const _DRR = "DeleteResourceRequest";
const _DRV = "DeleteRequestValidator";
const _DRVR = "DeleteRequestValidatorRequest";
const _DS = "DeleteStage";
const _DSR = "DeleteStageRequest";
const _DUP = "DeleteUsagePlan";
const _DUPK = "DeleteUsagePlanKey";
const _DUPKR = "DeleteUsagePlanKeyRequest";
const _DUPR = "DeleteUsagePlanRequest";
const _DV = "DocumentationVersion";
const _DVL = "DeleteVpcLink";
const _DVLR = "DeleteVpcLinkRequest";
const _DVo = "DocumentationVersions";
const _De = "Deployments";
const _EC = "EndpointConfiguration";
const _ER = "ExportResponse";
const _FSAC = "FlushStageAuthorizersCache";
const _FSACR = "FlushStageAuthorizersCacheRequest";
const _FSC = "FlushStageCache";
const _FSCR = "FlushStageCacheRequest";
const _GA = "GetAccount";
const _GAK = "GetApiKey";
const _GAKR = "GetApiKeyRequest";
const _GAKRe = "GetApiKeysRequest";
const _GAKe = "GetApiKeys";
const _GAR = "GetAccountRequest";
const _GARe = "GetAuthorizerRequest";
const _GARet = "GetAuthorizersRequest";
const _GAe = "GetAuthorizer";
const _GAet = "GetAuthorizers";
const _GBPM = "GetBasePathMapping";
const _GBPMR = "GetBasePathMappingRequest";
const _GBPMRe = "GetBasePathMappingsRequest";
const _GBPMe = "GetBasePathMappings";
const _GCC = "GenerateClientCertificate";
const _GCCR = "GenerateClientCertificateRequest";
const _GCCRe = "GetClientCertificateRequest";
const _GCCRet = "GetClientCertificatesRequest";
const _GCCe = "GetClientCertificate";
const _GCCet = "GetClientCertificates";
const _GD = "GetDeployment";
const _GDN = "GetDomainName";
const _GDNAA = "GetDomainNameAccessAssociations";
const _GDNAAR = "GetDomainNameAccessAssociationsRequest";
const _GDNR = "GetDomainNameRequest";
const _GDNRe = "GetDomainNamesRequest";
const _GDNe = "GetDomainNames";
const _GDP = "GetDocumentationPart";
const _GDPR = "GetDocumentationPartRequest";
const _GDPRe = "GetDocumentationPartsRequest";
const _GDPe = "GetDocumentationParts";
const _GDR = "GetDeploymentRequest";
const _GDRe = "GetDeploymentsRequest";
const _GDV = "GetDocumentationVersion";
const _GDVR = "GetDocumentationVersionRequest";
const _GDVRe = "GetDocumentationVersionsRequest";
const _GDVe = "GetDocumentationVersions";
const _GDe = "GetDeployments";
const _GE = "GetExport";
const _GER = "GetExportRequest";
const _GGR = "GetGatewayResponse";
const _GGRR = "GetGatewayResponseRequest";
const _GGRRe = "GetGatewayResponsesRequest";
const _GGRe = "GetGatewayResponses";
const _GI = "GetIntegration";
const _GIR = "GetIntegrationRequest";
const _GIRR = "GetIntegrationResponseRequest";
const _GIRe = "GetIntegrationResponse";
const _GM = "GetMethod";
const _GMR = "GetMethodRequest";
const _GMRR = "GetMethodResponseRequest";
const _GMRe = "GetModelRequest";
const _GMRet = "GetModelsRequest";
const _GMRete = "GetMethodResponse";
const _GMT = "GetModelTemplate";
const _GMTR = "GetModelTemplateRequest";
const _GMe = "GetModel";
const _GMet = "GetModels";
const _GR = "GatewayResponse";
const _GRA = "GetRestApi";
const _GRAR = "GetRestApiRequest";
const _GRARe = "GetRestApisRequest";
const _GRAe = "GetRestApis";
const _GRR = "GetResourceRequest";
const _GRRe = "GetResourcesRequest";
const _GRV = "GetRequestValidator";
const _GRVR = "GetRequestValidatorRequest";
const _GRVRe = "GetRequestValidatorsRequest";
const _GRVe = "GetRequestValidators";
const _GRa = "GatewayResponses";
const _GRe = "GetResource";
const _GRet = "GetResources";
const _GS = "GetSdk";
const _GSR = "GetSdkRequest";
const _GSRe = "GetStageRequest";
const _GSRet = "GetStagesRequest";
const _GST = "GetSdkType";
const _GSTR = "GetSdkTypeRequest";
const _GSTRe = "GetSdkTypesRequest";
const _GSTe = "GetSdkTypes";
const _GSe = "GetStage";
const _GSet = "GetStages";
const _GT = "GetTags";
const _GTR = "GetTagsRequest";
const _GU = "GetUsage";
const _GUP = "GetUsagePlan";
const _GUPK = "GetUsagePlanKey";
const _GUPKR = "GetUsagePlanKeyRequest";
const _GUPKRe = "GetUsagePlanKeysRequest";
const _GUPKe = "GetUsagePlanKeys";
const _GUPR = "GetUsagePlanRequest";
const _GUPRe = "GetUsagePlansRequest";
const _GUPe = "GetUsagePlans";
const _GUR = "GetUsageRequest";
const _GVL = "GetVpcLink";
const _GVLR = "GetVpcLinkRequest";
const _GVLRe = "GetVpcLinksRequest";
const _GVLe = "GetVpcLinks";
const _I = "Integration";
const _IAK = "ImportApiKeys";
const _IAKR = "ImportApiKeysRequest";
const _IDP = "ImportDocumentationParts";
const _IDPR = "ImportDocumentationPartsRequest";
const _IR = "IntegrationResponse";
const _IRA = "ImportRestApi";
const _IRAR = "ImportRestApiRequest";
const _LEE = "LimitExceededException";
const _LOA = "ListOfAuthorizer";
const _LOAK = "ListOfApiKey";
const _LOAS = "ListOfApiStage";
const _LOBPM = "ListOfBasePathMapping";
const _LOCC = "ListOfClientCertificate";
const _LOD = "ListOfDeployment";
const _LODN = "ListOfDomainName";
const _LODNAA = "ListOfDomainNameAccessAssociation";
const _LODP = "ListOfDocumentationPart";
const _LODV = "ListOfDocumentationVersion";
const _LOGR = "ListOfGatewayResponse";
const _LOM = "ListOfModel";
const _LOPO = "ListOfPatchOperation";
const _LOR = "ListOfResource";
const _LORA = "ListOfRestApi";
const _LORV = "ListOfRequestValidator";
const _LOS = "ListOfStage";
const _LOSCP = "ListOfSdkConfigurationProperty";
const _LOSK = "ListOfStageKeys";
const _LOST = "ListOfSdkType";
const _LOU = "ListOfUsage";
const _LOUP = "ListOfUsagePlan";
const _LOUPK = "ListOfUsagePlanKey";
const _LOVL = "ListOfVpcLink";
const _M = "Method";
const _MOASTS = "MapOfApiStageThrottleSettings";
const _MOIR = "MapOfIntegrationResponse";
const _MOKU = "MapOfKeyUsages";
const _MOM = "MapOfMethod";
const _MOMR = "MapOfMethodResponse";
const _MOMS = "MapOfMethodSettings";
const _MOMSa = "MapOfMethodSnapshot";
const _MOSTL = "MapOfStringToList";
const _MR = "MethodResponse";
const _MS = "MethodSetting";
const _MSe = "MethodSnapshot";
const _MTA = "MutualTlsAuthentication";
const _MTAI = "MutualTlsAuthenticationInput";
const _Mo = "Model";
const _Mod = "Models";
const _NFE = "NotFoundException";
const _PGR = "PutGatewayResponse";
const _PGRR = "PutGatewayResponseRequest";
const _PI = "PutIntegration";
const _PIR = "PutIntegrationRequest";
const _PIRR = "PutIntegrationResponseRequest";
const _PIRu = "PutIntegrationResponse";
const _PM = "PutMethod";
const _PMR = "PutMethodRequest";
const _PMRR = "PutMethodResponseRequest";
const _PMRu = "PutMethodResponse";
const _PO = "PatchOperation";
const _PRA = "PutRestApi";
const _PRAR = "PutRestApiRequest";
const _PTMOMS = "PathToMapOfMethodSnapshot";
const _QS = "QuotaSettings";
const _R = "Resource";
const _RA = "Retry-After";
const _RAe = "RestApi";
const _RAes = "RestApis";
const _RDNAA = "RejectDomainNameAccessAssociation";
const _RDNAAR = "RejectDomainNameAccessAssociationRequest";
const _RV = "RequestValidator";
const _RVe = "RequestValidators";
const _Re = "Resources";
const _S = "Stage";
const _SCP = "SdkConfigurationProperty";
const _SK = "StageKey";
const _SR = "SdkResponse";
const _ST = "SdkType";
const _STd = "SdkTypes";
const _SUE = "ServiceUnavailableException";
const _St = "Stages";
const _T = "Tags";
const _TC = "TlsConfig";
const _TIA = "TestInvokeAuthorizer";
const _TIAR = "TestInvokeAuthorizerRequest";
const _TIARe = "TestInvokeAuthorizerResponse";
const _TIM = "TestInvokeMethod";
const _TIMR = "TestInvokeMethodRequest";
const _TIMRe = "TestInvokeMethodResponse";
const _TMRE = "TooManyRequestsException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TS = "ThrottleSettings";
const _Te = "Template";
const _U = "Usage";
const _UA = "UpdateAccount";
const _UAK = "UpdateApiKey";
const _UAKR = "UpdateApiKeyRequest";
const _UAR = "UpdateAccountRequest";
const _UARp = "UpdateAuthorizerRequest";
const _UAp = "UpdateAuthorizer";
const _UBPM = "UpdateBasePathMapping";
const _UBPMR = "UpdateBasePathMappingRequest";
const _UCC = "UpdateClientCertificate";
const _UCCR = "UpdateClientCertificateRequest";
const _UD = "UpdateDeployment";
const _UDN = "UpdateDomainName";
const _UDNR = "UpdateDomainNameRequest";
const _UDP = "UpdateDocumentationPart";
const _UDPR = "UpdateDocumentationPartRequest";
const _UDR = "UpdateDeploymentRequest";
const _UDV = "UpdateDocumentationVersion";
const _UDVR = "UpdateDocumentationVersionRequest";
const _UE = "UnauthorizedException";
const _UGR = "UpdateGatewayResponse";
const _UGRR = "UpdateGatewayResponseRequest";
const _UI = "UpdateIntegration";
const _UIR = "UpdateIntegrationRequest";
const _UIRR = "UpdateIntegrationResponseRequest";
const _UIRp = "UpdateIntegrationResponse";
const _UM = "UpdateMethod";
const _UMR = "UpdateMethodRequest";
const _UMRR = "UpdateMethodResponseRequest";
const _UMRp = "UpdateModelRequest";
const _UMRpd = "UpdateMethodResponse";
const _UMp = "UpdateModel";
const _UP = "UsagePlan";
const _UPK = "UsagePlanKey";
const _UPKs = "UsagePlanKeys";
const _UPs = "UsagePlans";
const _UR = "UntagResource";
const _URA = "UpdateRestApi";
const _URAR = "UpdateRestApiRequest";
const _URR = "UntagResourceRequest";
const _URRp = "UpdateResourceRequest";
const _URV = "UpdateRequestValidator";
const _URVR = "UpdateRequestValidatorRequest";
const _URp = "UpdateResource";
const _US = "UpdateStage";
const _USR = "UpdateStageRequest";
const _UU = "UpdateUsage";
const _UUP = "UpdateUsagePlan";
const _UUPR = "UpdateUsagePlanRequest";
const _UUR = "UpdateUsageRequest";
const _UVL = "UpdateVpcLink";
const _UVLR = "UpdateVpcLinkRequest";
const _VL = "VpcLink";
const _VLp = "VpcLinks";
const _a = "accepts";
const _aAS = "accessAssociationSource";
const _aAST = "accessAssociationSourceType";
const _aC = "authorizerCredentials";
const _aCd = "additionalContext";
const _aI = "apiId";
const _aIu = "authorizerId";
const _aK = "apiKey";
const _aKR = "apiKeyRequired";
const _aKS = "apiKeySource";
const _aKV = "apiKeyVersion";
const _aLS = "accessLogSettings";
const _aRTIS = "authorizerResultTtlInSeconds";
const _aS = "apiStages";
const _aSM = "apiStatusMessage";
const _aSp = "apiSummary";
const _aSpi = "apiStatus";
const _aSu = "authorizationScopes";
const _aT = "authType";
const _aTu = "authorizationType";
const _aU = "authorizerUri";
const _au = "authorization";
const _b = "body";
const _bL = "burstLimit";
const _bMT = "binaryMediaTypes";
const _bP = "basePath";
const _c = "client";
const _cA = "certificateArn";
const _cB = "certificateBody";
const _cC = "certificateChain";
const _cCE = "cacheClusterEnabled";
const _cCI = "clientCertificateId";
const _cCS = "cacheClusterSize";
const _cCSa = "cacheClusterStatus";
const _cD = "createdDate";
const _cDE = "cacheDataEncrypted";
const _cDo = "contentDisposition";
const _cE = "cachingEnabled";
const _cF = "cloneFrom";
const _cH = "contentHandling";
const _cI = "customerId";
const _cIo = "connectionId";
const _cKP = "cacheKeyParameters";
const _cN = "certificateName";
const _cNa = "cacheNamespace";
const _cP = "configurationProperties";
const _cPK = "certificatePrivateKey";
const _cRA = "cloudwatchRoleArn";
const _cS = "canarySettings";
const _cSl = "clientStatus";
const _cT = "contentType";
const _cTIS = "cacheTtlInSeconds";
const _cTo = "connectionType";
const _cUD = "certificateUploadDate";
const _cl = "claims";
const _cr = "credentials";
const _d = "description";
const _dA = "destinationArn";
const _dDN = "distributionDomainName";
const _dEAE = "disableExecuteApiEndpoint";
const _dHZI = "distributionHostedZoneId";
const _dI = "deploymentId";
const _dN = "domainName";
const _dNA = "domainNameArn";
const _dNAAA = "domainNameAccessAssociationArn";
const _dNI = "domainNameId";
const _dNS = "domainNameStatus";
const _dNSM = "domainNameStatusMessage";
const _dPI = "documentationPartId";
const _dR = "defaultResponse";
const _dTE = "dataTraceEnabled";
const _dV = "documentationVersion";
const _dVe = "defaultValue";
const _e = "error";
const _eAM = "endpointAccessMode";
const _eC = "endpointConfiguration";
const _eD = "expirationDate";
const _eDn = "endDate";
const _eT = "exportType";
const _em = "embed";
const _en = "enabled";
const _f = "format";
const _fN = "friendlyName";
const _fOW = "failOnWarnings";
const _fa = "failonwarnings";
const _fe = "features";
const _fl = "flatten";
const _fr = "from";
const _gDI = "generateDistinctId";
const _h = "headers";
const _hE = "httpError";
const _hH = "httpHeader";
const _hL = "httpLabel";
const _hM = "httpMethod";
const _hQ = "httpQuery";
const _ht = "http";
const _i = "id";
const _iAT = "ipAddressType";
const _iHM = "integrationHttpMethod";
const _iR = "integrationResponses";
const _iS = "identitySource";
const _iSV = "insecureSkipVerification";
const _iT = "integrationTarget";
const _iV = "includeValue";
const _iVE = "identityValidationExpression";
const _iVn = "includeValues";
const _id = "ids";
const _it = "items";
const _ite = "item";
const _jN = "jsonName";
const _kI = "keyId";
const _kT = "keyType";
const _l = "location";
const _lL = "loggingLevel";
const _lS = "locationStatus";
const _lUD = "lastUpdatedDate";
const _la = "latency";
const _li = "limit";
const _lo = "log";
const _m = "message";
const _mCS = "minimumCompressionSize";
const _mE = "metricsEnabled";
const _mI = "methodIntegration";
const _mN = "modelName";
const _mP = "managementPolicy";
const _mR = "methodResponses";
const _mS = "methodSettings";
const _mTA = "mutualTlsAuthentication";
const _mVH = "multiValueHeaders";
const _me = "method";
const _mo = "mode";
const _n = "name";
const _nQ = "nameQuery";
const _o = "op";
const _oN = "operationName";
const _oVCA = "ownershipVerificationCertificateArn";
const _of = "offset";
const _p = "position";
const _pARN = "providerARNs";
const _pB = "passthroughBehavior";
const _pC = "productCode";
const _pEC = "pemEncodedCertificate";
const _pI = "parentId";
const _pIr = "principalId";
const _pO = "patchOperations";
const _pP = "pathPart";
const _pT = "percentTraffic";
const _pWQS = "pathWithQueryString";
const _pa = "path";
const _par = "parameters";
const _pe = "period";
const _po = "policy";
const _pr = "properties";
const _q = "quota";
const _r = "required";
const _rA = "resourceArn";
const _rAFCC = "requireAuthorizationForCacheControl";
const _rAI = "restApiId";
const _rAS = "retryAfterSeconds";
const _rCA = "regionalCertificateArn";
const _rCN = "regionalCertificateName";
const _rDN = "regionalDomainName";
const _rHM = "requestHttpMethod";
const _rHZI = "regionalHostedZoneId";
const _rI = "resourceId";
const _rL = "rateLimit";
const _rM = "routingMode";
const _rMe = "requestModels";
const _rMes = "responseModels";
const _rMeso = "resourceMethods";
const _rO = "resourceOwner";
const _rP = "responseParameters";
const _rPe = "requestParameters";
const _rRI = "rootResourceId";
const _rT = "responseType";
const _rTM = "responseTransferMode";
const _rTe = "responseTemplates";
const _rTeq = "requestTemplates";
const _rVI = "requestValidatorId";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.apigateway";
const _sC = "statusCode";
const _sD = "stageDescription";
const _sDt = "startDate";
const _sK = "stageKeys";
const _sM = "statusMessage";
const _sN = "stageName";
const _sP = "securityPolicy";
const _sPe = "selectionPattern";
const _sT = "sdkType";
const _sV = "stageVariables";
const _sVO = "stageVariableOverrides";
const _sc = "schema";
const _se = "server";
const _st = "stage";
const _sta = "status";
const _t = "tags";
const _tA = "targetArns";
const _tBL = "throttlingBurstLimit";
const _tC = "tlsConfig";
const _tE = "tracingEnabled";
const _tIM = "timeoutInMillis";
const _tK = "tagKeys";
const _tRL = "throttlingRateLimit";
const _tS = "throttleSettings";
const _tU = "truststoreUri";
const _tV = "truststoreVersion";
const _tW = "truststoreWarnings";
const _th = "throttle";
const _ty = "type";
const _typ = "types";
const _u = "uri";
const _uCCHS = "unauthorizedCacheControlHeaderStrategy";
const _uPI = "usagePlanId";
const _uSC = "useStageCache";
const _v = "value";
const _vEI = "vpcEndpointIds";
const _vLI = "vpcLinkId";
const _vRB = "validateRequestBody";
const _vRP = "validateRequestParameters";
const _va = "variables";
const _val = "values";
const _ve = "version";
const _w = "warnings";
const _wAA = "webAclArn";
const n0 = "com.amazonaws.apigateway";
const _s_registry = new TypeRegistry(_s);
var APIGatewayServiceException$ = [-3, _s, "APIGatewayServiceException", 0, [], []];
_s_registry.registerError(APIGatewayServiceException$, APIGatewayServiceException);
const n0_registry = new TypeRegistry(n0);
var BadRequestException$ = [-3, n0, _BRE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c, [_hE]: 429 },
    [_rAS, _m],
    [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NotFoundException$ = [-3, n0, _NFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var ServiceUnavailableException$ = [-3, n0, _SUE,
    { [_e]: _se, [_hE]: 503 },
    [_rAS, _m],
    [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_rAS, _m],
    [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnauthorizedException$ = [-3, n0, _UE,
    { [_e]: _c, [_hE]: 401 },
    [_m],
    [0]
];
n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccessLogSettings$ = [3, n0, _ALS,
    0,
    [_f, _dA],
    [0, 0]
];
var Account$ = [3, n0, _A,
    0,
    [_cRA, _tS, _fe, _aKV],
    [0, () => ThrottleSettings$, 64 | 0, 0]
];
var ApiKey$ = [3, n0, _AK,
    0,
    [_i, _v, _n, _cI, _d, _en, _cD, _lUD, _sK, _t],
    [0, 0, 0, 0, 0, 2, 4, 4, 64 | 0, 128 | 0]
];
var ApiKeyIds$ = [3, n0, _AKI,
    0,
    [_id, _w],
    [64 | 0, 64 | 0]
];
var ApiKeys$ = [3, n0, _AKp,
    0,
    [_w, _it, _p],
    [64 | 0, [() => ListOfApiKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var ApiStage$ = [3, n0, _AS,
    0,
    [_aI, _st, _th],
    [0, 0, () => MapOfApiStageThrottleSettings]
];
var Authorizer$ = [3, n0, _Au,
    0,
    [_i, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
    [0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1]
];
var Authorizers$ = [3, n0, _Aut,
    0,
    [_it, _p],
    [[() => ListOfAuthorizer, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var BasePathMapping$ = [3, n0, _BPM,
    0,
    [_bP, _rAI, _st],
    [0, 0, 0]
];
var BasePathMappings$ = [3, n0, _BPMa,
    0,
    [_it, _p],
    [[() => ListOfBasePathMapping, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CanarySettings$ = [3, n0, _CS,
    0,
    [_pT, _dI, _sVO, _uSC],
    [1, 0, 128 | 0, 2]
];
var ClientCertificate$ = [3, n0, _CC,
    0,
    [_cCI, _d, _pEC, _cD, _eD, _t],
    [0, 0, 0, 4, 4, 128 | 0]
];
var ClientCertificates$ = [3, n0, _CCl,
    0,
    [_it, _p],
    [[() => ListOfClientCertificate, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CreateApiKeyRequest$ = [3, n0, _CAKR,
    0,
    [_n, _d, _en, _gDI, _v, _sK, _cI, _t],
    [0, 0, 2, 2, 0, () => ListOfStageKeys, 0, 128 | 0]
];
var CreateAuthorizerRequest$ = [3, n0, _CAR,
    0,
    [_rAI, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
    [[0, 1], 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1], 3
];
var CreateBasePathMappingRequest$ = [3, n0, _CBPMR,
    0,
    [_dN, _rAI, _dNI, _bP, _st],
    [[0, 1], 0, [0, { [_hQ]: _dNI }], 0, 0], 2
];
var CreateDeploymentRequest$ = [3, n0, _CDR,
    0,
    [_rAI, _sN, _sD, _d, _cCE, _cCS, _va, _cS, _tE],
    [[0, 1], 0, 0, 0, 2, 0, 128 | 0, () => DeploymentCanarySettings$, 2], 1
];
var CreateDocumentationPartRequest$ = [3, n0, _CDPR,
    0,
    [_rAI, _l, _pr],
    [[0, 1], () => DocumentationPartLocation$, 0], 3
];
var CreateDocumentationVersionRequest$ = [3, n0, _CDVR,
    0,
    [_rAI, _dV, _sN, _d],
    [[0, 1], 0, 0, 0], 2
];
var CreateDomainNameAccessAssociationRequest$ = [3, n0, _CDNAAR,
    0,
    [_dNA, _aAST, _aAS, _t],
    [0, 0, 0, 128 | 0], 3
];
var CreateDomainNameRequest$ = [3, n0, _CDNR,
    0,
    [_dN, _cN, _cB, _cPK, _cC, _cA, _rCN, _rCA, _eC, _t, _sP, _eAM, _mTA, _oVCA, _po, _rM],
    [0, 0, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 128 | 0, 0, 0, () => MutualTlsAuthenticationInput$, 0, 0, 0], 1
];
var CreateModelRequest$ = [3, n0, _CMR,
    0,
    [_rAI, _n, _cT, _d, _sc],
    [[0, 1], 0, 0, 0, 0], 3
];
var CreateRequestValidatorRequest$ = [3, n0, _CRVR,
    0,
    [_rAI, _n, _vRB, _vRP],
    [[0, 1], 0, 2, 2], 1
];
var CreateResourceRequest$ = [3, n0, _CRR,
    0,
    [_rAI, _pI, _pP],
    [[0, 1], [0, 1], 0], 3
];
var CreateRestApiRequest$ = [3, n0, _CRAR,
    0,
    [_n, _d, _ve, _cF, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _sP, _eAM],
    [0, 0, 0, 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0], 1
];
var CreateStageRequest$ = [3, n0, _CSR,
    0,
    [_rAI, _sN, _dI, _d, _cCE, _cCS, _va, _dV, _cS, _tE, _t],
    [[0, 1], 0, 0, 0, 2, 0, 128 | 0, 0, () => CanarySettings$, 2, 128 | 0], 3
];
var CreateUsagePlanKeyRequest$ = [3, n0, _CUPKR,
    0,
    [_uPI, _kI, _kT],
    [[0, 1], 0, 0], 3
];
var CreateUsagePlanRequest$ = [3, n0, _CUPR,
    0,
    [_n, _d, _aS, _th, _q, _t],
    [0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 128 | 0], 1
];
var CreateVpcLinkRequest$ = [3, n0, _CVLR,
    0,
    [_n, _tA, _d, _t],
    [0, 64 | 0, 0, 128 | 0], 2
];
var DeleteApiKeyRequest$ = [3, n0, _DAKR,
    0,
    [_aK],
    [[0, 1]], 1
];
var DeleteAuthorizerRequest$ = [3, n0, _DAR,
    0,
    [_rAI, _aIu],
    [[0, 1], [0, 1]], 2
];
var DeleteBasePathMappingRequest$ = [3, n0, _DBPMR,
    0,
    [_dN, _bP, _dNI],
    [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]], 2
];
var DeleteClientCertificateRequest$ = [3, n0, _DCCR,
    0,
    [_cCI],
    [[0, 1]], 1
];
var DeleteDeploymentRequest$ = [3, n0, _DDR,
    0,
    [_rAI, _dI],
    [[0, 1], [0, 1]], 2
];
var DeleteDocumentationPartRequest$ = [3, n0, _DDPR,
    0,
    [_rAI, _dPI],
    [[0, 1], [0, 1]], 2
];
var DeleteDocumentationVersionRequest$ = [3, n0, _DDVR,
    0,
    [_rAI, _dV],
    [[0, 1], [0, 1]], 2
];
var DeleteDomainNameAccessAssociationRequest$ = [3, n0, _DDNAAR,
    0,
    [_dNAAA],
    [[0, 1]], 1
];
var DeleteDomainNameRequest$ = [3, n0, _DDNR,
    0,
    [_dN, _dNI],
    [[0, 1], [0, { [_hQ]: _dNI }]], 1
];
var DeleteGatewayResponseRequest$ = [3, n0, _DGRR,
    0,
    [_rAI, _rT],
    [[0, 1], [0, 1]], 2
];
var DeleteIntegrationRequest$ = [3, n0, _DIR,
    0,
    [_rAI, _rI, _hM],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteIntegrationResponseRequest$ = [3, n0, _DIRR,
    0,
    [_rAI, _rI, _hM, _sC],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DeleteMethodRequest$ = [3, n0, _DMR,
    0,
    [_rAI, _rI, _hM],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteMethodResponseRequest$ = [3, n0, _DMRR,
    0,
    [_rAI, _rI, _hM, _sC],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DeleteModelRequest$ = [3, n0, _DMRe,
    0,
    [_rAI, _mN],
    [[0, 1], [0, 1]], 2
];
var DeleteRequestValidatorRequest$ = [3, n0, _DRVR,
    0,
    [_rAI, _rVI],
    [[0, 1], [0, 1]], 2
];
var DeleteResourceRequest$ = [3, n0, _DRR,
    0,
    [_rAI, _rI],
    [[0, 1], [0, 1]], 2
];
var DeleteRestApiRequest$ = [3, n0, _DRAR,
    0,
    [_rAI],
    [[0, 1]], 1
];
var DeleteStageRequest$ = [3, n0, _DSR,
    0,
    [_rAI, _sN],
    [[0, 1], [0, 1]], 2
];
var DeleteUsagePlanKeyRequest$ = [3, n0, _DUPKR,
    0,
    [_uPI, _kI],
    [[0, 1], [0, 1]], 2
];
var DeleteUsagePlanRequest$ = [3, n0, _DUPR,
    0,
    [_uPI],
    [[0, 1]], 1
];
var DeleteVpcLinkRequest$ = [3, n0, _DVLR,
    0,
    [_vLI],
    [[0, 1]], 1
];
var Deployment$ = [3, n0, _D,
    0,
    [_i, _d, _cD, _aSp],
    [0, 0, 4, () => PathToMapOfMethodSnapshot]
];
var DeploymentCanarySettings$ = [3, n0, _DCS,
    0,
    [_pT, _sVO, _uSC],
    [1, 128 | 0, 2]
];
var Deployments$ = [3, n0, _De,
    0,
    [_it, _p],
    [[() => ListOfDeployment, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationPart$ = [3, n0, _DP,
    0,
    [_i, _l, _pr],
    [0, () => DocumentationPartLocation$, 0]
];
var DocumentationPartIds$ = [3, n0, _DPI,
    0,
    [_id, _w],
    [64 | 0, 64 | 0]
];
var DocumentationPartLocation$ = [3, n0, _DPL,
    0,
    [_ty, _pa, _me, _sC, _n],
    [0, 0, 0, 0, 0], 1
];
var DocumentationParts$ = [3, n0, _DPo,
    0,
    [_it, _p],
    [[() => ListOfDocumentationPart, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationVersion$ = [3, n0, _DV,
    0,
    [_ve, _cD, _d],
    [0, 4, 0]
];
var DocumentationVersions$ = [3, n0, _DVo,
    0,
    [_it, _p],
    [[() => ListOfDocumentationVersion, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainName$ = [3, n0, _DN,
    0,
    [_dN, _dNI, _dNA, _cN, _cA, _cUD, _rDN, _rHZI, _rCN, _rCA, _dDN, _dHZI, _eC, _dNS, _dNSM, _sP, _eAM, _t, _mTA, _oVCA, _mP, _po, _rM],
    [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 0, 0, 0, 0, 128 | 0, () => MutualTlsAuthentication$, 0, 0, 0, 0]
];
var DomainNameAccessAssociation$ = [3, n0, _DNAA,
    0,
    [_dNAAA, _dNA, _aAST, _aAS, _t],
    [0, 0, 0, 0, 128 | 0]
];
var DomainNameAccessAssociations$ = [3, n0, _DNAAo,
    0,
    [_it, _p],
    [[() => ListOfDomainNameAccessAssociation, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainNames$ = [3, n0, _DNo,
    0,
    [_it, _p],
    [[() => ListOfDomainName, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var EndpointConfiguration$ = [3, n0, _EC,
    0,
    [_typ, _iAT, _vEI],
    [64 | 0, 0, 64 | 0]
];
var ExportResponse$ = [3, n0, _ER,
    0,
    [_cT, _cDo, _b],
    [[0, { [_hH]: _CT }], [0, { [_hH]: _CD }], [21, 16]]
];
var FlushStageAuthorizersCacheRequest$ = [3, n0, _FSACR,
    0,
    [_rAI, _sN],
    [[0, 1], [0, 1]], 2
];
var FlushStageCacheRequest$ = [3, n0, _FSCR,
    0,
    [_rAI, _sN],
    [[0, 1], [0, 1]], 2
];
var GatewayResponse$ = [3, n0, _GR,
    0,
    [_rT, _sC, _rP, _rTe, _dR],
    [0, 0, 128 | 0, 128 | 0, 2]
];
var GatewayResponses$ = [3, n0, _GRa,
    0,
    [_it, _p],
    [[() => ListOfGatewayResponse, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var GenerateClientCertificateRequest$ = [3, n0, _GCCR,
    0,
    [_d, _t],
    [0, 128 | 0]
];
var GetAccountRequest$ = [3, n0, _GAR,
    0,
    [],
    []
];
var GetApiKeyRequest$ = [3, n0, _GAKR,
    0,
    [_aK, _iV],
    [[0, 1], [2, { [_hQ]: _iV }]], 1
];
var GetApiKeysRequest$ = [3, n0, _GAKRe,
    0,
    [_p, _li, _nQ, _cI, _iVn],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }], [0, { [_hQ]: _cI }], [2, { [_hQ]: _iVn }]]
];
var GetAuthorizerRequest$ = [3, n0, _GARe,
    0,
    [_rAI, _aIu],
    [[0, 1], [0, 1]], 2
];
var GetAuthorizersRequest$ = [3, n0, _GARet,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetBasePathMappingRequest$ = [3, n0, _GBPMR,
    0,
    [_dN, _bP, _dNI],
    [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]], 2
];
var GetBasePathMappingsRequest$ = [3, n0, _GBPMRe,
    0,
    [_dN, _dNI, _p, _li],
    [[0, 1], [0, { [_hQ]: _dNI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetClientCertificateRequest$ = [3, n0, _GCCRe,
    0,
    [_cCI],
    [[0, 1]], 1
];
var GetClientCertificatesRequest$ = [3, n0, _GCCRet,
    0,
    [_p, _li],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetDeploymentRequest$ = [3, n0, _GDR,
    0,
    [_rAI, _dI, _em],
    [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]], 2
];
var GetDeploymentsRequest$ = [3, n0, _GDRe,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetDocumentationPartRequest$ = [3, n0, _GDPR,
    0,
    [_rAI, _dPI],
    [[0, 1], [0, 1]], 2
];
var GetDocumentationPartsRequest$ = [3, n0, _GDPRe,
    0,
    [_rAI, _ty, _nQ, _pa, _p, _li, _lS],
    [[0, 1], [0, { [_hQ]: _ty }], [0, { [_hQ]: _n }], [0, { [_hQ]: _pa }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _lS }]], 1
];
var GetDocumentationVersionRequest$ = [3, n0, _GDVR,
    0,
    [_rAI, _dV],
    [[0, 1], [0, 1]], 2
];
var GetDocumentationVersionsRequest$ = [3, n0, _GDVRe,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetDomainNameAccessAssociationsRequest$ = [3, n0, _GDNAAR,
    0,
    [_p, _li, _rO],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetDomainNameRequest$ = [3, n0, _GDNR,
    0,
    [_dN, _dNI],
    [[0, 1], [0, { [_hQ]: _dNI }]], 1
];
var GetDomainNamesRequest$ = [3, n0, _GDNRe,
    0,
    [_p, _li, _rO],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetExportRequest$ = [3, n0, _GER,
    0,
    [_rAI, _sN, _eT, _par, _a],
    [[0, 1], [0, 1], [0, 1], [128 | 0, 64], [0, { [_hH]: _Ac }]], 3
];
var GetGatewayResponseRequest$ = [3, n0, _GGRR,
    0,
    [_rAI, _rT],
    [[0, 1], [0, 1]], 2
];
var GetGatewayResponsesRequest$ = [3, n0, _GGRRe,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetIntegrationRequest$ = [3, n0, _GIR,
    0,
    [_rAI, _rI, _hM],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetIntegrationResponseRequest$ = [3, n0, _GIRR,
    0,
    [_rAI, _rI, _hM, _sC],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var GetMethodRequest$ = [3, n0, _GMR,
    0,
    [_rAI, _rI, _hM],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetMethodResponseRequest$ = [3, n0, _GMRR,
    0,
    [_rAI, _rI, _hM, _sC],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var GetModelRequest$ = [3, n0, _GMRe,
    0,
    [_rAI, _mN, _fl],
    [[0, 1], [0, 1], [2, { [_hQ]: _fl }]], 2
];
var GetModelsRequest$ = [3, n0, _GMRet,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetModelTemplateRequest$ = [3, n0, _GMTR,
    0,
    [_rAI, _mN],
    [[0, 1], [0, 1]], 2
];
var GetRequestValidatorRequest$ = [3, n0, _GRVR,
    0,
    [_rAI, _rVI],
    [[0, 1], [0, 1]], 2
];
var GetRequestValidatorsRequest$ = [3, n0, _GRVRe,
    0,
    [_rAI, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetResourceRequest$ = [3, n0, _GRR,
    0,
    [_rAI, _rI, _em],
    [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]], 2
];
var GetResourcesRequest$ = [3, n0, _GRRe,
    0,
    [_rAI, _p, _li, _em],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [64 | 0, { [_hQ]: _em }]], 1
];
var GetRestApiRequest$ = [3, n0, _GRAR,
    0,
    [_rAI],
    [[0, 1]], 1
];
var GetRestApisRequest$ = [3, n0, _GRARe,
    0,
    [_p, _li],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetSdkRequest$ = [3, n0, _GSR,
    0,
    [_rAI, _sN, _sT, _par],
    [[0, 1], [0, 1], [0, 1], [128 | 0, 64]], 3
];
var GetSdkTypeRequest$ = [3, n0, _GSTR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetSdkTypesRequest$ = [3, n0, _GSTRe,
    0,
    [_p, _li],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetStageRequest$ = [3, n0, _GSRe,
    0,
    [_rAI, _sN],
    [[0, 1], [0, 1]], 2
];
var GetStagesRequest$ = [3, n0, _GSRet,
    0,
    [_rAI, _dI],
    [[0, 1], [0, { [_hQ]: _dI }]], 1
];
var GetTagsRequest$ = [3, n0, _GTR,
    0,
    [_rA, _p, _li],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 1
];
var GetUsagePlanKeyRequest$ = [3, n0, _GUPKR,
    0,
    [_uPI, _kI],
    [[0, 1], [0, 1]], 2
];
var GetUsagePlanKeysRequest$ = [3, n0, _GUPKRe,
    0,
    [_uPI, _p, _li, _nQ],
    [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }]], 1
];
var GetUsagePlanRequest$ = [3, n0, _GUPR,
    0,
    [_uPI],
    [[0, 1]], 1
];
var GetUsagePlansRequest$ = [3, n0, _GUPRe,
    0,
    [_p, _kI, _li],
    [[0, { [_hQ]: _p }], [0, { [_hQ]: _kI }], [1, { [_hQ]: _li }]]
];
var GetUsageRequest$ = [3, n0, _GUR,
    0,
    [_uPI, _sDt, _eDn, _kI, _p, _li],
    [[0, 1], [0, { [_hQ]: _sDt }], [0, { [_hQ]: _eDn }], [0, { [_hQ]: _kI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]], 3
];
var GetVpcLinkRequest$ = [3, n0, _GVLR,
    0,
    [_vLI],
    [[0, 1]], 1
];
var GetVpcLinksRequest$ = [3, n0, _GVLRe,
    0,
    [_p, _li],
    [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var ImportApiKeysRequest$ = [3, n0, _IAKR,
    0,
    [_b, _f, _fOW],
    [[21, 16], [0, { [_hQ]: _f }], [2, { [_hQ]: _fa }]], 2
];
var ImportDocumentationPartsRequest$ = [3, n0, _IDPR,
    0,
    [_rAI, _b, _mo, _fOW],
    [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }]], 2
];
var ImportRestApiRequest$ = [3, n0, _IRAR,
    0,
    [_b, _fOW, _par],
    [[21, 16], [2, { [_hQ]: _fa }], [128 | 0, 64]], 1
];
var Integration$ = [3, n0, _I,
    0,
    [_ty, _hM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cH, _tIM, _cNa, _cKP, _iR, _tC, _rTM, _iT],
    [0, 0, 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 1, 0, 64 | 0, () => MapOfIntegrationResponse, () => TlsConfig$, 0, 0]
];
var IntegrationResponse$ = [3, n0, _IR,
    0,
    [_sC, _sPe, _rP, _rTe, _cH],
    [0, 0, 128 | 0, 128 | 0, 0]
];
var Method$ = [3, n0, _M,
    0,
    [_hM, _aTu, _aIu, _aKR, _rVI, _oN, _rPe, _rMe, _mR, _mI, _aSu],
    [0, 0, 0, 2, 0, 0, 128 | 2, 128 | 0, () => MapOfMethodResponse, () => Integration$, 64 | 0]
];
var MethodResponse$ = [3, n0, _MR,
    0,
    [_sC, _rP, _rMes],
    [0, 128 | 2, 128 | 0]
];
var MethodSetting$ = [3, n0, _MS,
    0,
    [_mE, _lL, _dTE, _tBL, _tRL, _cE, _cTIS, _cDE, _rAFCC, _uCCHS],
    [2, 0, 2, 1, 1, 2, 1, 2, 2, 0]
];
var MethodSnapshot$ = [3, n0, _MSe,
    0,
    [_aTu, _aKR],
    [0, 2]
];
var Model$ = [3, n0, _Mo,
    0,
    [_i, _n, _d, _sc, _cT],
    [0, 0, 0, 0, 0]
];
var Models$ = [3, n0, _Mod,
    0,
    [_it, _p],
    [[() => ListOfModel, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var MutualTlsAuthentication$ = [3, n0, _MTA,
    0,
    [_tU, _tV, _tW],
    [0, 0, 64 | 0]
];
var MutualTlsAuthenticationInput$ = [3, n0, _MTAI,
    0,
    [_tU, _tV],
    [0, 0]
];
var PatchOperation$ = [3, n0, _PO,
    0,
    [_o, _pa, _v, _fr],
    [0, 0, 0, 0]
];
var PutGatewayResponseRequest$ = [3, n0, _PGRR,
    0,
    [_rAI, _rT, _sC, _rP, _rTe],
    [[0, 1], [0, 1], 0, 128 | 0, 128 | 0], 2
];
var PutIntegrationRequest$ = [3, n0, _PIR,
    0,
    [_rAI, _rI, _hM, _ty, _iHM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cNa, _cKP, _cH, _tIM, _tC, _rTM, _iT],
    [[0, 1], [0, 1], [0, { [_hL]: 1, [_jN]: _rHM }], 0, [0, { [_jN]: _hM }], 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 64 | 0, 0, 1, () => TlsConfig$, 0, 0], 4
];
var PutIntegrationResponseRequest$ = [3, n0, _PIRR,
    0,
    [_rAI, _rI, _hM, _sC, _sPe, _rP, _rTe, _cH],
    [[0, 1], [0, 1], [0, 1], [0, 1], 0, 128 | 0, 128 | 0, 0], 4
];
var PutMethodRequest$ = [3, n0, _PMR,
    0,
    [_rAI, _rI, _hM, _aTu, _aIu, _aKR, _oN, _rPe, _rMe, _rVI, _aSu],
    [[0, 1], [0, 1], [0, 1], 0, 0, 2, 0, 128 | 2, 128 | 0, 0, 64 | 0], 4
];
var PutMethodResponseRequest$ = [3, n0, _PMRR,
    0,
    [_rAI, _rI, _hM, _sC, _rP, _rMes],
    [[0, 1], [0, 1], [0, 1], [0, 1], 128 | 2, 128 | 0], 4
];
var PutRestApiRequest$ = [3, n0, _PRAR,
    0,
    [_rAI, _b, _mo, _fOW, _par],
    [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }], [128 | 0, 64]], 2
];
var QuotaSettings$ = [3, n0, _QS,
    0,
    [_li, _of, _pe],
    [1, 1, 0]
];
var RejectDomainNameAccessAssociationRequest$ = [3, n0, _RDNAAR,
    0,
    [_dNAAA, _dNA],
    [[0, { [_hQ]: _dNAAA }], [0, { [_hQ]: _dNA }]], 2
];
var RequestValidator$ = [3, n0, _RV,
    0,
    [_i, _n, _vRB, _vRP],
    [0, 0, 2, 2]
];
var RequestValidators$ = [3, n0, _RVe,
    0,
    [_it, _p],
    [[() => ListOfRequestValidator, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var Resource$ = [3, n0, _R,
    0,
    [_i, _pI, _pP, _pa, _rMeso],
    [0, 0, 0, 0, () => MapOfMethod]
];
var Resources$ = [3, n0, _Re,
    0,
    [_it, _p],
    [[() => ListOfResource, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var RestApi$ = [3, n0, _RAe,
    0,
    [_i, _n, _d, _cD, _ve, _w, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _rRI, _sP, _eAM, _aSpi, _aSM],
    [0, 0, 0, 4, 0, 64 | 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0, 0, 0, 0]
];
var RestApis$ = [3, n0, _RAes,
    0,
    [_it, _p],
    [[() => ListOfRestApi, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var SdkConfigurationProperty$ = [3, n0, _SCP,
    0,
    [_n, _fN, _d, _r, _dVe],
    [0, 0, 0, 2, 0]
];
var SdkResponse$ = [3, n0, _SR,
    0,
    [_cT, _cDo, _b],
    [[0, { [_hH]: _CT }], [0, { [_hH]: _CD }], [21, 16]]
];
var SdkType$ = [3, n0, _ST,
    0,
    [_i, _fN, _d, _cP],
    [0, 0, 0, () => ListOfSdkConfigurationProperty]
];
var SdkTypes$ = [3, n0, _STd,
    0,
    [_it],
    [[() => ListOfSdkType, { [_jN]: _ite }]]
];
var Stage$ = [3, n0, _S,
    0,
    [_dI, _cCI, _sN, _d, _cCE, _cCS, _cCSa, _mS, _va, _dV, _aLS, _cS, _tE, _wAA, _t, _cD, _lUD],
    [0, 0, 0, 0, 2, 0, 0, () => MapOfMethodSettings, 128 | 0, 0, () => AccessLogSettings$, () => CanarySettings$, 2, 0, 128 | 0, 4, 4]
];
var StageKey$ = [3, n0, _SK,
    0,
    [_rAI, _sN],
    [0, 0]
];
var Stages$ = [3, n0, _St,
    0,
    [_ite],
    [() => ListOfStage]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rA, _t],
    [[0, 1], 128 | 0], 2
];
var Tags$ = [3, n0, _T,
    0,
    [_t],
    [128 | 0]
];
var Template$ = [3, n0, _Te,
    0,
    [_v],
    [0]
];
var TestInvokeAuthorizerRequest$ = [3, n0, _TIAR,
    0,
    [_rAI, _aIu, _h, _mVH, _pWQS, _b, _sV, _aCd],
    [[0, 1], [0, 1], 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 0, 128 | 0, 128 | 0], 2
];
var TestInvokeAuthorizerResponse$ = [3, n0, _TIARe,
    0,
    [_cSl, _lo, _la, _pIr, _po, _au, _cl],
    [1, 0, 1, 0, 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 128 | 0]
];
var TestInvokeMethodRequest$ = [3, n0, _TIMR,
    0,
    [_rAI, _rI, _hM, _pWQS, _b, _h, _mVH, _cCI, _sV],
    [[0, 1], [0, 1], [0, 1], 0, 0, 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 128 | 0], 3
];
var TestInvokeMethodResponse$ = [3, n0, _TIMRe,
    0,
    [_sta, _b, _h, _mVH, _lo, _la],
    [1, 0, 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 1]
];
var ThrottleSettings$ = [3, n0, _TS,
    0,
    [_bL, _rL],
    [1, 1]
];
var TlsConfig$ = [3, n0, _TC,
    0,
    [_iSV],
    [2]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rA, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UpdateAccountRequest$ = [3, n0, _UAR,
    0,
    [_pO],
    [() => ListOfPatchOperation]
];
var UpdateApiKeyRequest$ = [3, n0, _UAKR,
    0,
    [_aK, _pO],
    [[0, 1], () => ListOfPatchOperation], 1
];
var UpdateAuthorizerRequest$ = [3, n0, _UARp,
    0,
    [_rAI, _aIu, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateBasePathMappingRequest$ = [3, n0, _UBPMR,
    0,
    [_dN, _bP, _dNI, _pO],
    [[0, 1], [0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation], 2
];
var UpdateClientCertificateRequest$ = [3, n0, _UCCR,
    0,
    [_cCI, _pO],
    [[0, 1], () => ListOfPatchOperation], 1
];
var UpdateDeploymentRequest$ = [3, n0, _UDR,
    0,
    [_rAI, _dI, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateDocumentationPartRequest$ = [3, n0, _UDPR,
    0,
    [_rAI, _dPI, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateDocumentationVersionRequest$ = [3, n0, _UDVR,
    0,
    [_rAI, _dV, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateDomainNameRequest$ = [3, n0, _UDNR,
    0,
    [_dN, _dNI, _pO],
    [[0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation], 1
];
var UpdateGatewayResponseRequest$ = [3, n0, _UGRR,
    0,
    [_rAI, _rT, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateIntegrationRequest$ = [3, n0, _UIR,
    0,
    [_rAI, _rI, _hM, _pO],
    [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation], 3
];
var UpdateIntegrationResponseRequest$ = [3, n0, _UIRR,
    0,
    [_rAI, _rI, _hM, _sC, _pO],
    [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation], 4
];
var UpdateMethodRequest$ = [3, n0, _UMR,
    0,
    [_rAI, _rI, _hM, _pO],
    [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation], 3
];
var UpdateMethodResponseRequest$ = [3, n0, _UMRR,
    0,
    [_rAI, _rI, _hM, _sC, _pO],
    [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation], 4
];
var UpdateModelRequest$ = [3, n0, _UMRp,
    0,
    [_rAI, _mN, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateRequestValidatorRequest$ = [3, n0, _URVR,
    0,
    [_rAI, _rVI, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateResourceRequest$ = [3, n0, _URRp,
    0,
    [_rAI, _rI, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateRestApiRequest$ = [3, n0, _URAR,
    0,
    [_rAI, _pO],
    [[0, 1], () => ListOfPatchOperation], 1
];
var UpdateStageRequest$ = [3, n0, _USR,
    0,
    [_rAI, _sN, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateUsagePlanRequest$ = [3, n0, _UUPR,
    0,
    [_uPI, _pO],
    [[0, 1], () => ListOfPatchOperation], 1
];
var UpdateUsageRequest$ = [3, n0, _UUR,
    0,
    [_uPI, _kI, _pO],
    [[0, 1], [0, 1], () => ListOfPatchOperation], 2
];
var UpdateVpcLinkRequest$ = [3, n0, _UVLR,
    0,
    [_vLI, _pO],
    [[0, 1], () => ListOfPatchOperation], 1
];
var Usage$ = [3, n0, _U,
    0,
    [_uPI, _sDt, _eDn, _it, _p],
    [0, 0, 0, [[2, n0, _MOKU, 0, 0, [1, n0, _LOU, 0, 64 | 1]], { [_jN]: _val }], [0, { [_hQ]: _p }]]
];
var UsagePlan$ = [3, n0, _UP,
    0,
    [_i, _n, _d, _aS, _th, _q, _pC, _t],
    [0, 0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 0, 128 | 0]
];
var UsagePlanKey$ = [3, n0, _UPK,
    0,
    [_i, _ty, _v, _n],
    [0, 0, 0, 0]
];
var UsagePlanKeys$ = [3, n0, _UPKs,
    0,
    [_it, _p],
    [[() => ListOfUsagePlanKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var UsagePlans$ = [3, n0, _UPs,
    0,
    [_it, _p],
    [[() => ListOfUsagePlan, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var VpcLink$ = [3, n0, _VL,
    0,
    [_i, _n, _d, _tA, _sta, _sM, _t],
    [0, 0, 0, 64 | 0, 0, 0, 128 | 0]
];
var VpcLinks$ = [3, n0, _VLp,
    0,
    [_it, _p],
    [[() => ListOfVpcLink, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var __Unit = "unit";
var ListOfApiKey = [1, n0, _LOAK,
    0, () => ApiKey$
];
var ListOfApiStage = [1, n0, _LOAS,
    0, () => ApiStage$
];
var ListOfAuthorizer = [1, n0, _LOA,
    0, () => Authorizer$
];
var ListOfBasePathMapping = [1, n0, _LOBPM,
    0, () => BasePathMapping$
];
var ListOfClientCertificate = [1, n0, _LOCC,
    0, () => ClientCertificate$
];
var ListOfDeployment = [1, n0, _LOD,
    0, () => Deployment$
];
var ListOfDocumentationPart = [1, n0, _LODP,
    0, () => DocumentationPart$
];
var ListOfDocumentationVersion = [1, n0, _LODV,
    0, () => DocumentationVersion$
];
var ListOfDomainName = [1, n0, _LODN,
    0, () => DomainName$
];
var ListOfDomainNameAccessAssociation = [1, n0, _LODNAA,
    0, () => DomainNameAccessAssociation$
];
var ListOfGatewayResponse = [1, n0, _LOGR,
    0, () => GatewayResponse$
];
var ListOfModel = [1, n0, _LOM,
    0, () => Model$
];
var ListOfPatchOperation = [1, n0, _LOPO,
    0, () => PatchOperation$
];
var ListOfRequestValidator = [1, n0, _LORV,
    0, () => RequestValidator$
];
var ListOfResource = [1, n0, _LOR,
    0, () => Resource$
];
var ListOfRestApi = [1, n0, _LORA,
    0, () => RestApi$
];
var ListOfSdkConfigurationProperty = [1, n0, _LOSCP,
    0, () => SdkConfigurationProperty$
];
var ListOfSdkType = [1, n0, _LOST,
    0, () => SdkType$
];
var ListOfStage = [1, n0, _LOS,
    0, () => Stage$
];
var ListOfStageKeys = [1, n0, _LOSK,
    0, () => StageKey$
];
var ListOfUsagePlan = [1, n0, _LOUP,
    0, () => UsagePlan$
];
var ListOfUsagePlanKey = [1, n0, _LOUPK,
    0, () => UsagePlanKey$
];
var ListOfVpcLink = [1, n0, _LOVL,
    0, () => VpcLink$
];
var MapOfApiStageThrottleSettings = [2, n0, _MOASTS,
    0, 0, () => ThrottleSettings$
];
var MapOfIntegrationResponse = [2, n0, _MOIR,
    0, 0, () => IntegrationResponse$
];
var MapOfMethod = [2, n0, _MOM,
    0, 0, () => Method$
];
var MapOfMethodResponse = [2, n0, _MOMR,
    0, 0, () => MethodResponse$
];
var MapOfMethodSettings = [2, n0, _MOMS,
    0, 0, () => MethodSetting$
];
var MapOfMethodSnapshot = [2, n0, _MOMSa,
    0, 0, () => MethodSnapshot$
];
var PathToMapOfMethodSnapshot = [2, n0, _PTMOMS,
    0, 0, () => MapOfMethodSnapshot
];
var CreateApiKey$ = [9, n0, _CAK,
    { [_ht]: ["POST", "/apikeys", 201] }, () => CreateApiKeyRequest$, () => ApiKey$
];
var CreateAuthorizer$ = [9, n0, _CA,
    { [_ht]: ["POST", "/restapis/{restApiId}/authorizers", 201] }, () => CreateAuthorizerRequest$, () => Authorizer$
];
var CreateBasePathMapping$ = [9, n0, _CBPM,
    { [_ht]: ["POST", "/domainnames/{domainName}/basepathmappings", 201] }, () => CreateBasePathMappingRequest$, () => BasePathMapping$
];
var CreateDeployment$ = [9, n0, _CDr,
    { [_ht]: ["POST", "/restapis/{restApiId}/deployments", 201] }, () => CreateDeploymentRequest$, () => Deployment$
];
var CreateDocumentationPart$ = [9, n0, _CDP,
    { [_ht]: ["POST", "/restapis/{restApiId}/documentation/parts", 201] }, () => CreateDocumentationPartRequest$, () => DocumentationPart$
];
var CreateDocumentationVersion$ = [9, n0, _CDV,
    { [_ht]: ["POST", "/restapis/{restApiId}/documentation/versions", 201] }, () => CreateDocumentationVersionRequest$, () => DocumentationVersion$
];
var CreateDomainName$ = [9, n0, _CDN,
    { [_ht]: ["POST", "/domainnames", 201] }, () => CreateDomainNameRequest$, () => DomainName$
];
var CreateDomainNameAccessAssociation$ = [9, n0, _CDNAA,
    { [_ht]: ["POST", "/domainnameaccessassociations", 201] }, () => CreateDomainNameAccessAssociationRequest$, () => DomainNameAccessAssociation$
];
var CreateModel$ = [9, n0, _CM,
    { [_ht]: ["POST", "/restapis/{restApiId}/models", 201] }, () => CreateModelRequest$, () => Model$
];
var CreateRequestValidator$ = [9, n0, _CRV,
    { [_ht]: ["POST", "/restapis/{restApiId}/requestvalidators", 201] }, () => CreateRequestValidatorRequest$, () => RequestValidator$
];
var CreateResource$ = [9, n0, _CR,
    { [_ht]: ["POST", "/restapis/{restApiId}/resources/{parentId}", 201] }, () => CreateResourceRequest$, () => Resource$
];
var CreateRestApi$ = [9, n0, _CRA,
    { [_ht]: ["POST", "/restapis", 201] }, () => CreateRestApiRequest$, () => RestApi$
];
var CreateStage$ = [9, n0, _CSr,
    { [_ht]: ["POST", "/restapis/{restApiId}/stages", 201] }, () => CreateStageRequest$, () => Stage$
];
var CreateUsagePlan$ = [9, n0, _CUP,
    { [_ht]: ["POST", "/usageplans", 201] }, () => CreateUsagePlanRequest$, () => UsagePlan$
];
var CreateUsagePlanKey$ = [9, n0, _CUPK,
    { [_ht]: ["POST", "/usageplans/{usagePlanId}/keys", 201] }, () => CreateUsagePlanKeyRequest$, () => UsagePlanKey$
];
var CreateVpcLink$ = [9, n0, _CVL,
    { [_ht]: ["POST", "/vpclinks", 202] }, () => CreateVpcLinkRequest$, () => VpcLink$
];
var DeleteApiKey$ = [9, n0, _DAK,
    { [_ht]: ["DELETE", "/apikeys/{apiKey}", 202] }, () => DeleteApiKeyRequest$, () => __Unit
];
var DeleteAuthorizer$ = [9, n0, _DA,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/authorizers/{authorizerId}", 202] }, () => DeleteAuthorizerRequest$, () => __Unit
];
var DeleteBasePathMapping$ = [9, n0, _DBPM,
    { [_ht]: ["DELETE", "/domainnames/{domainName}/basepathmappings/{basePath}", 202] }, () => DeleteBasePathMappingRequest$, () => __Unit
];
var DeleteClientCertificate$ = [9, n0, _DCC,
    { [_ht]: ["DELETE", "/clientcertificates/{clientCertificateId}", 202] }, () => DeleteClientCertificateRequest$, () => __Unit
];
var DeleteDeployment$ = [9, n0, _DD,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/deployments/{deploymentId}", 202] }, () => DeleteDeploymentRequest$, () => __Unit
];
var DeleteDocumentationPart$ = [9, n0, _DDP,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 202] }, () => DeleteDocumentationPartRequest$, () => __Unit
];
var DeleteDocumentationVersion$ = [9, n0, _DDV,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 202] }, () => DeleteDocumentationVersionRequest$, () => __Unit
];
var DeleteDomainName$ = [9, n0, _DDN,
    { [_ht]: ["DELETE", "/domainnames/{domainName}", 202] }, () => DeleteDomainNameRequest$, () => __Unit
];
var DeleteDomainNameAccessAssociation$ = [9, n0, _DDNAA,
    { [_ht]: ["DELETE", "/domainnameaccessassociations/{domainNameAccessAssociationArn}", 202] }, () => DeleteDomainNameAccessAssociationRequest$, () => __Unit
];
var DeleteGatewayResponse$ = [9, n0, _DGR,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/gatewayresponses/{responseType}", 202] }, () => DeleteGatewayResponseRequest$, () => __Unit
];
var DeleteIntegration$ = [9, n0, _DI,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 204] }, () => DeleteIntegrationRequest$, () => __Unit
];
var DeleteIntegrationResponse$ = [9, n0, _DIRe,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 204] }, () => DeleteIntegrationResponseRequest$, () => __Unit
];
var DeleteMethod$ = [9, n0, _DM,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 204] }, () => DeleteMethodRequest$, () => __Unit
];
var DeleteMethodResponse$ = [9, n0, _DMRel,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 204] }, () => DeleteMethodResponseRequest$, () => __Unit
];
var DeleteModel$ = [9, n0, _DMe,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/models/{modelName}", 202] }, () => DeleteModelRequest$, () => __Unit
];
var DeleteRequestValidator$ = [9, n0, _DRV,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 202] }, () => DeleteRequestValidatorRequest$, () => __Unit
];
var DeleteResource$ = [9, n0, _DR,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}", 202] }, () => DeleteResourceRequest$, () => __Unit
];
var DeleteRestApi$ = [9, n0, _DRA,
    { [_ht]: ["DELETE", "/restapis/{restApiId}", 202] }, () => DeleteRestApiRequest$, () => __Unit
];
var DeleteStage$ = [9, n0, _DS,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}", 202] }, () => DeleteStageRequest$, () => __Unit
];
var DeleteUsagePlan$ = [9, n0, _DUP,
    { [_ht]: ["DELETE", "/usageplans/{usagePlanId}", 202] }, () => DeleteUsagePlanRequest$, () => __Unit
];
var DeleteUsagePlanKey$ = [9, n0, _DUPK,
    { [_ht]: ["DELETE", "/usageplans/{usagePlanId}/keys/{keyId}", 202] }, () => DeleteUsagePlanKeyRequest$, () => __Unit
];
var DeleteVpcLink$ = [9, n0, _DVL,
    { [_ht]: ["DELETE", "/vpclinks/{vpcLinkId}", 202] }, () => DeleteVpcLinkRequest$, () => __Unit
];
var FlushStageAuthorizersCache$ = [9, n0, _FSAC,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/authorizers", 202] }, () => FlushStageAuthorizersCacheRequest$, () => __Unit
];
var FlushStageCache$ = [9, n0, _FSC,
    { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/data", 202] }, () => FlushStageCacheRequest$, () => __Unit
];
var GenerateClientCertificate$ = [9, n0, _GCC,
    { [_ht]: ["POST", "/clientcertificates", 201] }, () => GenerateClientCertificateRequest$, () => ClientCertificate$
];
var GetAccount$ = [9, n0, _GA,
    { [_ht]: ["GET", "/account", 200] }, () => GetAccountRequest$, () => Account$
];
var GetApiKey$ = [9, n0, _GAK,
    { [_ht]: ["GET", "/apikeys/{apiKey}", 200] }, () => GetApiKeyRequest$, () => ApiKey$
];
var GetApiKeys$ = [9, n0, _GAKe,
    { [_ht]: ["GET", "/apikeys", 200] }, () => GetApiKeysRequest$, () => ApiKeys$
];
var GetAuthorizer$ = [9, n0, _GAe,
    { [_ht]: ["GET", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] }, () => GetAuthorizerRequest$, () => Authorizer$
];
var GetAuthorizers$ = [9, n0, _GAet,
    { [_ht]: ["GET", "/restapis/{restApiId}/authorizers", 200] }, () => GetAuthorizersRequest$, () => Authorizers$
];
var GetBasePathMapping$ = [9, n0, _GBPM,
    { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] }, () => GetBasePathMappingRequest$, () => BasePathMapping$
];
var GetBasePathMappings$ = [9, n0, _GBPMe,
    { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings", 200] }, () => GetBasePathMappingsRequest$, () => BasePathMappings$
];
var GetClientCertificate$ = [9, n0, _GCCe,
    { [_ht]: ["GET", "/clientcertificates/{clientCertificateId}", 200] }, () => GetClientCertificateRequest$, () => ClientCertificate$
];
var GetClientCertificates$ = [9, n0, _GCCet,
    { [_ht]: ["GET", "/clientcertificates", 200] }, () => GetClientCertificatesRequest$, () => ClientCertificates$
];
var GetDeployment$ = [9, n0, _GD,
    { [_ht]: ["GET", "/restapis/{restApiId}/deployments/{deploymentId}", 200] }, () => GetDeploymentRequest$, () => Deployment$
];
var GetDeployments$ = [9, n0, _GDe,
    { [_ht]: ["GET", "/restapis/{restApiId}/deployments", 200] }, () => GetDeploymentsRequest$, () => Deployments$
];
var GetDocumentationPart$ = [9, n0, _GDP,
    { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] }, () => GetDocumentationPartRequest$, () => DocumentationPart$
];
var GetDocumentationParts$ = [9, n0, _GDPe,
    { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts", 200] }, () => GetDocumentationPartsRequest$, () => DocumentationParts$
];
var GetDocumentationVersion$ = [9, n0, _GDV,
    { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] }, () => GetDocumentationVersionRequest$, () => DocumentationVersion$
];
var GetDocumentationVersions$ = [9, n0, _GDVe,
    { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions", 200] }, () => GetDocumentationVersionsRequest$, () => DocumentationVersions$
];
var GetDomainName$ = [9, n0, _GDN,
    { [_ht]: ["GET", "/domainnames/{domainName}", 200] }, () => GetDomainNameRequest$, () => DomainName$
];
var GetDomainNameAccessAssociations$ = [9, n0, _GDNAA,
    { [_ht]: ["GET", "/domainnameaccessassociations", 200] }, () => GetDomainNameAccessAssociationsRequest$, () => DomainNameAccessAssociations$
];
var GetDomainNames$ = [9, n0, _GDNe,
    { [_ht]: ["GET", "/domainnames", 200] }, () => GetDomainNamesRequest$, () => DomainNames$
];
var GetExport$ = [9, n0, _GE,
    { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/exports/{exportType}", 200] }, () => GetExportRequest$, () => ExportResponse$
];
var GetGatewayResponse$ = [9, n0, _GGR,
    { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] }, () => GetGatewayResponseRequest$, () => GatewayResponse$
];
var GetGatewayResponses$ = [9, n0, _GGRe,
    { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses", 200] }, () => GetGatewayResponsesRequest$, () => GatewayResponses$
];
var GetIntegration$ = [9, n0, _GI,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] }, () => GetIntegrationRequest$, () => Integration$
];
var GetIntegrationResponse$ = [9, n0, _GIRe,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] }, () => GetIntegrationResponseRequest$, () => IntegrationResponse$
];
var GetMethod$ = [9, n0, _GM,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] }, () => GetMethodRequest$, () => Method$
];
var GetMethodResponse$ = [9, n0, _GMRete,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 200] }, () => GetMethodResponseRequest$, () => MethodResponse$
];
var GetModel$ = [9, n0, _GMe,
    { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}", 200] }, () => GetModelRequest$, () => Model$
];
var GetModels$ = [9, n0, _GMet,
    { [_ht]: ["GET", "/restapis/{restApiId}/models", 200] }, () => GetModelsRequest$, () => Models$
];
var GetModelTemplate$ = [9, n0, _GMT,
    { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}/default_template", 200] }, () => GetModelTemplateRequest$, () => Template$
];
var GetRequestValidator$ = [9, n0, _GRV,
    { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] }, () => GetRequestValidatorRequest$, () => RequestValidator$
];
var GetRequestValidators$ = [9, n0, _GRVe,
    { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators", 200] }, () => GetRequestValidatorsRequest$, () => RequestValidators$
];
var GetResource$ = [9, n0, _GRe,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}", 200] }, () => GetResourceRequest$, () => Resource$
];
var GetResources$ = [9, n0, _GRet,
    { [_ht]: ["GET", "/restapis/{restApiId}/resources", 200] }, () => GetResourcesRequest$, () => Resources$
];
var GetRestApi$ = [9, n0, _GRA,
    { [_ht]: ["GET", "/restapis/{restApiId}", 200] }, () => GetRestApiRequest$, () => RestApi$
];
var GetRestApis$ = [9, n0, _GRAe,
    { [_ht]: ["GET", "/restapis", 200] }, () => GetRestApisRequest$, () => RestApis$
];
var GetSdk$ = [9, n0, _GS,
    { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/sdks/{sdkType}", 200] }, () => GetSdkRequest$, () => SdkResponse$
];
var GetSdkType$ = [9, n0, _GST,
    { [_ht]: ["GET", "/sdktypes/{id}", 200] }, () => GetSdkTypeRequest$, () => SdkType$
];
var GetSdkTypes$ = [9, n0, _GSTe,
    { [_ht]: ["GET", "/sdktypes", 200] }, () => GetSdkTypesRequest$, () => SdkTypes$
];
var GetStage$ = [9, n0, _GSe,
    { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}", 200] }, () => GetStageRequest$, () => Stage$
];
var GetStages$ = [9, n0, _GSet,
    { [_ht]: ["GET", "/restapis/{restApiId}/stages", 200] }, () => GetStagesRequest$, () => Stages$
];
var GetTags$ = [9, n0, _GT,
    { [_ht]: ["GET", "/tags/{resourceArn}", 200] }, () => GetTagsRequest$, () => Tags$
];
var GetUsage$ = [9, n0, _GU,
    { [_ht]: ["GET", "/usageplans/{usagePlanId}/usage", 200] }, () => GetUsageRequest$, () => Usage$
];
var GetUsagePlan$ = [9, n0, _GUP,
    { [_ht]: ["GET", "/usageplans/{usagePlanId}", 200] }, () => GetUsagePlanRequest$, () => UsagePlan$
];
var GetUsagePlanKey$ = [9, n0, _GUPK,
    { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys/{keyId}", 200] }, () => GetUsagePlanKeyRequest$, () => UsagePlanKey$
];
var GetUsagePlanKeys$ = [9, n0, _GUPKe,
    { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys", 200] }, () => GetUsagePlanKeysRequest$, () => UsagePlanKeys$
];
var GetUsagePlans$ = [9, n0, _GUPe,
    { [_ht]: ["GET", "/usageplans", 200] }, () => GetUsagePlansRequest$, () => UsagePlans$
];
var GetVpcLink$ = [9, n0, _GVL,
    { [_ht]: ["GET", "/vpclinks/{vpcLinkId}", 200] }, () => GetVpcLinkRequest$, () => VpcLink$
];
var GetVpcLinks$ = [9, n0, _GVLe,
    { [_ht]: ["GET", "/vpclinks", 200] }, () => GetVpcLinksRequest$, () => VpcLinks$
];
var ImportApiKeys$ = [9, n0, _IAK,
    { [_ht]: ["POST", "/apikeys?mode=import", 201] }, () => ImportApiKeysRequest$, () => ApiKeyIds$
];
var ImportDocumentationParts$ = [9, n0, _IDP,
    { [_ht]: ["PUT", "/restapis/{restApiId}/documentation/parts", 200] }, () => ImportDocumentationPartsRequest$, () => DocumentationPartIds$
];
var ImportRestApi$ = [9, n0, _IRA,
    { [_ht]: ["POST", "/restapis?mode=import", 201] }, () => ImportRestApiRequest$, () => RestApi$
];
var PutGatewayResponse$ = [9, n0, _PGR,
    { [_ht]: ["PUT", "/restapis/{restApiId}/gatewayresponses/{responseType}", 201] }, () => PutGatewayResponseRequest$, () => GatewayResponse$
];
var PutIntegration$ = [9, n0, _PI,
    { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 201] }, () => PutIntegrationRequest$, () => Integration$
];
var PutIntegrationResponse$ = [9, n0, _PIRu,
    { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 201] }, () => PutIntegrationResponseRequest$, () => IntegrationResponse$
];
var PutMethod$ = [9, n0, _PM,
    { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 201] }, () => PutMethodRequest$, () => Method$
];
var PutMethodResponse$ = [9, n0, _PMRu,
    { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] }, () => PutMethodResponseRequest$, () => MethodResponse$
];
var PutRestApi$ = [9, n0, _PRA,
    { [_ht]: ["PUT", "/restapis/{restApiId}", 200] }, () => PutRestApiRequest$, () => RestApi$
];
var RejectDomainNameAccessAssociation$ = [9, n0, _RDNAA,
    { [_ht]: ["POST", "/rejectdomainnameaccessassociations", 202] }, () => RejectDomainNameAccessAssociationRequest$, () => __Unit
];
var TagResource$ = [9, n0, _TR,
    { [_ht]: ["PUT", "/tags/{resourceArn}", 204] }, () => TagResourceRequest$, () => __Unit
];
var TestInvokeAuthorizer$ = [9, n0, _TIA,
    { [_ht]: ["POST", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] }, () => TestInvokeAuthorizerRequest$, () => TestInvokeAuthorizerResponse$
];
var TestInvokeMethod$ = [9, n0, _TIM,
    { [_ht]: ["POST", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] }, () => TestInvokeMethodRequest$, () => TestInvokeMethodResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_ht]: ["DELETE", "/tags/{resourceArn}", 204] }, () => UntagResourceRequest$, () => __Unit
];
var UpdateAccount$ = [9, n0, _UA,
    { [_ht]: ["PATCH", "/account", 200] }, () => UpdateAccountRequest$, () => Account$
];
var UpdateApiKey$ = [9, n0, _UAK,
    { [_ht]: ["PATCH", "/apikeys/{apiKey}", 200] }, () => UpdateApiKeyRequest$, () => ApiKey$
];
var UpdateAuthorizer$ = [9, n0, _UAp,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] }, () => UpdateAuthorizerRequest$, () => Authorizer$
];
var UpdateBasePathMapping$ = [9, n0, _UBPM,
    { [_ht]: ["PATCH", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] }, () => UpdateBasePathMappingRequest$, () => BasePathMapping$
];
var UpdateClientCertificate$ = [9, n0, _UCC,
    { [_ht]: ["PATCH", "/clientcertificates/{clientCertificateId}", 200] }, () => UpdateClientCertificateRequest$, () => ClientCertificate$
];
var UpdateDeployment$ = [9, n0, _UD,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/deployments/{deploymentId}", 200] }, () => UpdateDeploymentRequest$, () => Deployment$
];
var UpdateDocumentationPart$ = [9, n0, _UDP,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] }, () => UpdateDocumentationPartRequest$, () => DocumentationPart$
];
var UpdateDocumentationVersion$ = [9, n0, _UDV,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] }, () => UpdateDocumentationVersionRequest$, () => DocumentationVersion$
];
var UpdateDomainName$ = [9, n0, _UDN,
    { [_ht]: ["PATCH", "/domainnames/{domainName}", 200] }, () => UpdateDomainNameRequest$, () => DomainName$
];
var UpdateGatewayResponse$ = [9, n0, _UGR,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] }, () => UpdateGatewayResponseRequest$, () => GatewayResponse$
];
var UpdateIntegration$ = [9, n0, _UI,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] }, () => UpdateIntegrationRequest$, () => Integration$
];
var UpdateIntegrationResponse$ = [9, n0, _UIRp,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] }, () => UpdateIntegrationResponseRequest$, () => IntegrationResponse$
];
var UpdateMethod$ = [9, n0, _UM,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] }, () => UpdateMethodRequest$, () => Method$
];
var UpdateMethodResponse$ = [9, n0, _UMRpd,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] }, () => UpdateMethodResponseRequest$, () => MethodResponse$
];
var UpdateModel$ = [9, n0, _UMp,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/models/{modelName}", 200] }, () => UpdateModelRequest$, () => Model$
];
var UpdateRequestValidator$ = [9, n0, _URV,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] }, () => UpdateRequestValidatorRequest$, () => RequestValidator$
];
var UpdateResource$ = [9, n0, _URp,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}", 200] }, () => UpdateResourceRequest$, () => Resource$
];
var UpdateRestApi$ = [9, n0, _URA,
    { [_ht]: ["PATCH", "/restapis/{restApiId}", 200] }, () => UpdateRestApiRequest$, () => RestApi$
];
var UpdateStage$ = [9, n0, _US,
    { [_ht]: ["PATCH", "/restapis/{restApiId}/stages/{stageName}", 200] }, () => UpdateStageRequest$, () => Stage$
];
var UpdateUsage$ = [9, n0, _UU,
    { [_ht]: ["PATCH", "/usageplans/{usagePlanId}/keys/{keyId}/usage", 200] }, () => UpdateUsageRequest$, () => Usage$
];
var UpdateUsagePlan$ = [9, n0, _UUP,
    { [_ht]: ["PATCH", "/usageplans/{usagePlanId}", 200] }, () => UpdateUsagePlanRequest$, () => UsagePlan$
];
var UpdateVpcLink$ = [9, n0, _UVL,
    { [_ht]: ["PATCH", "/vpclinks/{vpcLinkId}", 200] }, () => UpdateVpcLinkRequest$, () => VpcLink$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2015-07-09",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAPIGatewayHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.apigateway",
            errorTypeRegistries,
            version: "2015-07-09",
            serviceTarget: "BackplaneControlService",
        },
        serviceId: config?.serviceId ?? "API Gateway",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class APIGatewayClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getAcceptHeaderPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultAPIGatewayHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "BackplaneControlService", "APIGatewayClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class CreateApiKeyCommand extends command(_ep0, _mw0, "CreateApiKey", CreateApiKey$) {
}

class CreateAuthorizerCommand extends command(_ep0, _mw0, "CreateAuthorizer", CreateAuthorizer$) {
}

class CreateBasePathMappingCommand extends command(_ep0, _mw0, "CreateBasePathMapping", CreateBasePathMapping$) {
}

class CreateDeploymentCommand extends command(_ep0, _mw0, "CreateDeployment", CreateDeployment$) {
}

class CreateDocumentationPartCommand extends command(_ep0, _mw0, "CreateDocumentationPart", CreateDocumentationPart$) {
}

class CreateDocumentationVersionCommand extends command(_ep0, _mw0, "CreateDocumentationVersion", CreateDocumentationVersion$) {
}

class CreateDomainNameAccessAssociationCommand extends command(_ep0, _mw0, "CreateDomainNameAccessAssociation", CreateDomainNameAccessAssociation$) {
}

class CreateDomainNameCommand extends command(_ep0, _mw0, "CreateDomainName", CreateDomainName$) {
}

class CreateModelCommand extends command(_ep0, _mw0, "CreateModel", CreateModel$) {
}

class CreateRequestValidatorCommand extends command(_ep0, _mw0, "CreateRequestValidator", CreateRequestValidator$) {
}

class CreateResourceCommand extends command(_ep0, _mw0, "CreateResource", CreateResource$) {
}

class CreateRestApiCommand extends command(_ep0, _mw0, "CreateRestApi", CreateRestApi$) {
}

class CreateStageCommand extends command(_ep0, _mw0, "CreateStage", CreateStage$) {
}

class CreateUsagePlanCommand extends command(_ep0, _mw0, "CreateUsagePlan", CreateUsagePlan$) {
}

class CreateUsagePlanKeyCommand extends command(_ep0, _mw0, "CreateUsagePlanKey", CreateUsagePlanKey$) {
}

class CreateVpcLinkCommand extends command(_ep0, _mw0, "CreateVpcLink", CreateVpcLink$) {
}

class DeleteApiKeyCommand extends command(_ep0, _mw0, "DeleteApiKey", DeleteApiKey$) {
}

class DeleteAuthorizerCommand extends command(_ep0, _mw0, "DeleteAuthorizer", DeleteAuthorizer$) {
}

class DeleteBasePathMappingCommand extends command(_ep0, _mw0, "DeleteBasePathMapping", DeleteBasePathMapping$) {
}

class DeleteClientCertificateCommand extends command(_ep0, _mw0, "DeleteClientCertificate", DeleteClientCertificate$) {
}

class DeleteDeploymentCommand extends command(_ep0, _mw0, "DeleteDeployment", DeleteDeployment$) {
}

class DeleteDocumentationPartCommand extends command(_ep0, _mw0, "DeleteDocumentationPart", DeleteDocumentationPart$) {
}

class DeleteDocumentationVersionCommand extends command(_ep0, _mw0, "DeleteDocumentationVersion", DeleteDocumentationVersion$) {
}

class DeleteDomainNameAccessAssociationCommand extends command(_ep0, _mw0, "DeleteDomainNameAccessAssociation", DeleteDomainNameAccessAssociation$) {
}

class DeleteDomainNameCommand extends command(_ep0, _mw0, "DeleteDomainName", DeleteDomainName$) {
}

class DeleteGatewayResponseCommand extends command(_ep0, _mw0, "DeleteGatewayResponse", DeleteGatewayResponse$) {
}

class DeleteIntegrationCommand extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
}

class DeleteIntegrationResponseCommand extends command(_ep0, _mw0, "DeleteIntegrationResponse", DeleteIntegrationResponse$) {
}

class DeleteMethodCommand extends command(_ep0, _mw0, "DeleteMethod", DeleteMethod$) {
}

class DeleteMethodResponseCommand extends command(_ep0, _mw0, "DeleteMethodResponse", DeleteMethodResponse$) {
}

class DeleteModelCommand extends command(_ep0, _mw0, "DeleteModel", DeleteModel$) {
}

class DeleteRequestValidatorCommand extends command(_ep0, _mw0, "DeleteRequestValidator", DeleteRequestValidator$) {
}

class DeleteResourceCommand extends command(_ep0, _mw0, "DeleteResource", DeleteResource$) {
}

class DeleteRestApiCommand extends command(_ep0, _mw0, "DeleteRestApi", DeleteRestApi$) {
}

class DeleteStageCommand extends command(_ep0, _mw0, "DeleteStage", DeleteStage$) {
}

class DeleteUsagePlanCommand extends command(_ep0, _mw0, "DeleteUsagePlan", DeleteUsagePlan$) {
}

class DeleteUsagePlanKeyCommand extends command(_ep0, _mw0, "DeleteUsagePlanKey", DeleteUsagePlanKey$) {
}

class DeleteVpcLinkCommand extends command(_ep0, _mw0, "DeleteVpcLink", DeleteVpcLink$) {
}

class FlushStageAuthorizersCacheCommand extends command(_ep0, _mw0, "FlushStageAuthorizersCache", FlushStageAuthorizersCache$) {
}

class FlushStageCacheCommand extends command(_ep0, _mw0, "FlushStageCache", FlushStageCache$) {
}

class GenerateClientCertificateCommand extends command(_ep0, _mw0, "GenerateClientCertificate", GenerateClientCertificate$) {
}

class GetAccountCommand extends command(_ep0, _mw0, "GetAccount", GetAccount$) {
}

class GetApiKeyCommand extends command(_ep0, _mw0, "GetApiKey", GetApiKey$) {
}

class GetApiKeysCommand extends command(_ep0, _mw0, "GetApiKeys", GetApiKeys$) {
}

class GetAuthorizerCommand extends command(_ep0, _mw0, "GetAuthorizer", GetAuthorizer$) {
}

class GetAuthorizersCommand extends command(_ep0, _mw0, "GetAuthorizers", GetAuthorizers$) {
}

class GetBasePathMappingCommand extends command(_ep0, _mw0, "GetBasePathMapping", GetBasePathMapping$) {
}

class GetBasePathMappingsCommand extends command(_ep0, _mw0, "GetBasePathMappings", GetBasePathMappings$) {
}

class GetClientCertificateCommand extends command(_ep0, _mw0, "GetClientCertificate", GetClientCertificate$) {
}

class GetClientCertificatesCommand extends command(_ep0, _mw0, "GetClientCertificates", GetClientCertificates$) {
}

class GetDeploymentCommand extends command(_ep0, _mw0, "GetDeployment", GetDeployment$) {
}

class GetDeploymentsCommand extends command(_ep0, _mw0, "GetDeployments", GetDeployments$) {
}

class GetDocumentationPartCommand extends command(_ep0, _mw0, "GetDocumentationPart", GetDocumentationPart$) {
}

class GetDocumentationPartsCommand extends command(_ep0, _mw0, "GetDocumentationParts", GetDocumentationParts$) {
}

class GetDocumentationVersionCommand extends command(_ep0, _mw0, "GetDocumentationVersion", GetDocumentationVersion$) {
}

class GetDocumentationVersionsCommand extends command(_ep0, _mw0, "GetDocumentationVersions", GetDocumentationVersions$) {
}

class GetDomainNameAccessAssociationsCommand extends command(_ep0, _mw0, "GetDomainNameAccessAssociations", GetDomainNameAccessAssociations$) {
}

class GetDomainNameCommand extends command(_ep0, _mw0, "GetDomainName", GetDomainName$) {
}

class GetDomainNamesCommand extends command(_ep0, _mw0, "GetDomainNames", GetDomainNames$) {
}

class GetExportCommand extends command(_ep0, _mw0, "GetExport", GetExport$) {
}

class GetGatewayResponseCommand extends command(_ep0, _mw0, "GetGatewayResponse", GetGatewayResponse$) {
}

class GetGatewayResponsesCommand extends command(_ep0, _mw0, "GetGatewayResponses", GetGatewayResponses$) {
}

class GetIntegrationCommand extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
}

class GetIntegrationResponseCommand extends command(_ep0, _mw0, "GetIntegrationResponse", GetIntegrationResponse$) {
}

class GetMethodCommand extends command(_ep0, _mw0, "GetMethod", GetMethod$) {
}

class GetMethodResponseCommand extends command(_ep0, _mw0, "GetMethodResponse", GetMethodResponse$) {
}

class GetModelCommand extends command(_ep0, _mw0, "GetModel", GetModel$) {
}

class GetModelsCommand extends command(_ep0, _mw0, "GetModels", GetModels$) {
}

class GetModelTemplateCommand extends command(_ep0, _mw0, "GetModelTemplate", GetModelTemplate$) {
}

class GetRequestValidatorCommand extends command(_ep0, _mw0, "GetRequestValidator", GetRequestValidator$) {
}

class GetRequestValidatorsCommand extends command(_ep0, _mw0, "GetRequestValidators", GetRequestValidators$) {
}

class GetResourceCommand extends command(_ep0, _mw0, "GetResource", GetResource$) {
}

class GetResourcesCommand extends command(_ep0, _mw0, "GetResources", GetResources$) {
}

class GetRestApiCommand extends command(_ep0, _mw0, "GetRestApi", GetRestApi$) {
}

class GetRestApisCommand extends command(_ep0, _mw0, "GetRestApis", GetRestApis$) {
}

class GetSdkCommand extends command(_ep0, _mw0, "GetSdk", GetSdk$) {
}

class GetSdkTypeCommand extends command(_ep0, _mw0, "GetSdkType", GetSdkType$) {
}

class GetSdkTypesCommand extends command(_ep0, _mw0, "GetSdkTypes", GetSdkTypes$) {
}

class GetStageCommand extends command(_ep0, _mw0, "GetStage", GetStage$) {
}

class GetStagesCommand extends command(_ep0, _mw0, "GetStages", GetStages$) {
}

class GetTagsCommand extends command(_ep0, _mw0, "GetTags", GetTags$) {
}

class GetUsageCommand extends command(_ep0, _mw0, "GetUsage", GetUsage$) {
}

class GetUsagePlanCommand extends command(_ep0, _mw0, "GetUsagePlan", GetUsagePlan$) {
}

class GetUsagePlanKeyCommand extends command(_ep0, _mw0, "GetUsagePlanKey", GetUsagePlanKey$) {
}

class GetUsagePlanKeysCommand extends command(_ep0, _mw0, "GetUsagePlanKeys", GetUsagePlanKeys$) {
}

class GetUsagePlansCommand extends command(_ep0, _mw0, "GetUsagePlans", GetUsagePlans$) {
}

class GetVpcLinkCommand extends command(_ep0, _mw0, "GetVpcLink", GetVpcLink$) {
}

class GetVpcLinksCommand extends command(_ep0, _mw0, "GetVpcLinks", GetVpcLinks$) {
}

class ImportApiKeysCommand extends command(_ep0, _mw0, "ImportApiKeys", ImportApiKeys$) {
}

class ImportDocumentationPartsCommand extends command(_ep0, _mw0, "ImportDocumentationParts", ImportDocumentationParts$) {
}

class ImportRestApiCommand extends command(_ep0, _mw0, "ImportRestApi", ImportRestApi$) {
}

class PutGatewayResponseCommand extends command(_ep0, _mw0, "PutGatewayResponse", PutGatewayResponse$) {
}

class PutIntegrationCommand extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
}

class PutIntegrationResponseCommand extends command(_ep0, _mw0, "PutIntegrationResponse", PutIntegrationResponse$) {
}

class PutMethodCommand extends command(_ep0, _mw0, "PutMethod", PutMethod$) {
}

class PutMethodResponseCommand extends command(_ep0, _mw0, "PutMethodResponse", PutMethodResponse$) {
}

class PutRestApiCommand extends command(_ep0, _mw0, "PutRestApi", PutRestApi$) {
}

class RejectDomainNameAccessAssociationCommand extends command(_ep0, _mw0, "RejectDomainNameAccessAssociation", RejectDomainNameAccessAssociation$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class TestInvokeAuthorizerCommand extends command(_ep0, _mw0, "TestInvokeAuthorizer", TestInvokeAuthorizer$) {
}

class TestInvokeMethodCommand extends command(_ep0, _mw0, "TestInvokeMethod", TestInvokeMethod$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAccountCommand extends command(_ep0, _mw0, "UpdateAccount", UpdateAccount$) {
}

class UpdateApiKeyCommand extends command(_ep0, _mw0, "UpdateApiKey", UpdateApiKey$) {
}

class UpdateAuthorizerCommand extends command(_ep0, _mw0, "UpdateAuthorizer", UpdateAuthorizer$) {
}

class UpdateBasePathMappingCommand extends command(_ep0, _mw0, "UpdateBasePathMapping", UpdateBasePathMapping$) {
}

class UpdateClientCertificateCommand extends command(_ep0, _mw0, "UpdateClientCertificate", UpdateClientCertificate$) {
}

class UpdateDeploymentCommand extends command(_ep0, _mw0, "UpdateDeployment", UpdateDeployment$) {
}

class UpdateDocumentationPartCommand extends command(_ep0, _mw0, "UpdateDocumentationPart", UpdateDocumentationPart$) {
}

class UpdateDocumentationVersionCommand extends command(_ep0, _mw0, "UpdateDocumentationVersion", UpdateDocumentationVersion$) {
}

class UpdateDomainNameCommand extends command(_ep0, _mw0, "UpdateDomainName", UpdateDomainName$) {
}

class UpdateGatewayResponseCommand extends command(_ep0, _mw0, "UpdateGatewayResponse", UpdateGatewayResponse$) {
}

class UpdateIntegrationCommand extends command(_ep0, _mw0, "UpdateIntegration", UpdateIntegration$) {
}

class UpdateIntegrationResponseCommand extends command(_ep0, _mw0, "UpdateIntegrationResponse", UpdateIntegrationResponse$) {
}

class UpdateMethodCommand extends command(_ep0, _mw0, "UpdateMethod", UpdateMethod$) {
}

class UpdateMethodResponseCommand extends command(_ep0, _mw0, "UpdateMethodResponse", UpdateMethodResponse$) {
}

class UpdateModelCommand extends command(_ep0, _mw0, "UpdateModel", UpdateModel$) {
}

class UpdateRequestValidatorCommand extends command(_ep0, _mw0, "UpdateRequestValidator", UpdateRequestValidator$) {
}

class UpdateResourceCommand extends command(_ep0, _mw0, "UpdateResource", UpdateResource$) {
}

class UpdateRestApiCommand extends command(_ep0, _mw0, "UpdateRestApi", UpdateRestApi$) {
}

class UpdateStageCommand extends command(_ep0, _mw0, "UpdateStage", UpdateStage$) {
}

class UpdateUsageCommand extends command(_ep0, _mw0, "UpdateUsage", UpdateUsage$) {
}

class UpdateUsagePlanCommand extends command(_ep0, _mw0, "UpdateUsagePlan", UpdateUsagePlan$) {
}

class UpdateVpcLinkCommand extends command(_ep0, _mw0, "UpdateVpcLink", UpdateVpcLink$) {
}

const paginateGetApiKeys = createPaginator(APIGatewayClient, GetApiKeysCommand, "position", "position", "limit");

const paginateGetBasePathMappings = createPaginator(APIGatewayClient, GetBasePathMappingsCommand, "position", "position", "limit");

const paginateGetClientCertificates = createPaginator(APIGatewayClient, GetClientCertificatesCommand, "position", "position", "limit");

const paginateGetDeployments = createPaginator(APIGatewayClient, GetDeploymentsCommand, "position", "position", "limit");

const paginateGetDomainNames = createPaginator(APIGatewayClient, GetDomainNamesCommand, "position", "position", "limit");

const paginateGetModels = createPaginator(APIGatewayClient, GetModelsCommand, "position", "position", "limit");

const paginateGetResources = createPaginator(APIGatewayClient, GetResourcesCommand, "position", "position", "limit");

const paginateGetRestApis = createPaginator(APIGatewayClient, GetRestApisCommand, "position", "position", "limit");

const paginateGetUsage = createPaginator(APIGatewayClient, GetUsageCommand, "position", "position", "limit");

const paginateGetUsagePlanKeys = createPaginator(APIGatewayClient, GetUsagePlanKeysCommand, "position", "position", "limit");

const paginateGetUsagePlans = createPaginator(APIGatewayClient, GetUsagePlansCommand, "position", "position", "limit");

const paginateGetVpcLinks = createPaginator(APIGatewayClient, GetVpcLinksCommand, "position", "position", "limit");

const commands = {
    CreateApiKeyCommand,
    CreateAuthorizerCommand,
    CreateBasePathMappingCommand,
    CreateDeploymentCommand,
    CreateDocumentationPartCommand,
    CreateDocumentationVersionCommand,
    CreateDomainNameCommand,
    CreateDomainNameAccessAssociationCommand,
    CreateModelCommand,
    CreateRequestValidatorCommand,
    CreateResourceCommand,
    CreateRestApiCommand,
    CreateStageCommand,
    CreateUsagePlanCommand,
    CreateUsagePlanKeyCommand,
    CreateVpcLinkCommand,
    DeleteApiKeyCommand,
    DeleteAuthorizerCommand,
    DeleteBasePathMappingCommand,
    DeleteClientCertificateCommand,
    DeleteDeploymentCommand,
    DeleteDocumentationPartCommand,
    DeleteDocumentationVersionCommand,
    DeleteDomainNameCommand,
    DeleteDomainNameAccessAssociationCommand,
    DeleteGatewayResponseCommand,
    DeleteIntegrationCommand,
    DeleteIntegrationResponseCommand,
    DeleteMethodCommand,
    DeleteMethodResponseCommand,
    DeleteModelCommand,
    DeleteRequestValidatorCommand,
    DeleteResourceCommand,
    DeleteRestApiCommand,
    DeleteStageCommand,
    DeleteUsagePlanCommand,
    DeleteUsagePlanKeyCommand,
    DeleteVpcLinkCommand,
    FlushStageAuthorizersCacheCommand,
    FlushStageCacheCommand,
    GenerateClientCertificateCommand,
    GetAccountCommand,
    GetApiKeyCommand,
    GetApiKeysCommand,
    GetAuthorizerCommand,
    GetAuthorizersCommand,
    GetBasePathMappingCommand,
    GetBasePathMappingsCommand,
    GetClientCertificateCommand,
    GetClientCertificatesCommand,
    GetDeploymentCommand,
    GetDeploymentsCommand,
    GetDocumentationPartCommand,
    GetDocumentationPartsCommand,
    GetDocumentationVersionCommand,
    GetDocumentationVersionsCommand,
    GetDomainNameCommand,
    GetDomainNameAccessAssociationsCommand,
    GetDomainNamesCommand,
    GetExportCommand,
    GetGatewayResponseCommand,
    GetGatewayResponsesCommand,
    GetIntegrationCommand,
    GetIntegrationResponseCommand,
    GetMethodCommand,
    GetMethodResponseCommand,
    GetModelCommand,
    GetModelsCommand,
    GetModelTemplateCommand,
    GetRequestValidatorCommand,
    GetRequestValidatorsCommand,
    GetResourceCommand,
    GetResourcesCommand,
    GetRestApiCommand,
    GetRestApisCommand,
    GetSdkCommand,
    GetSdkTypeCommand,
    GetSdkTypesCommand,
    GetStageCommand,
    GetStagesCommand,
    GetTagsCommand,
    GetUsageCommand,
    GetUsagePlanCommand,
    GetUsagePlanKeyCommand,
    GetUsagePlanKeysCommand,
    GetUsagePlansCommand,
    GetVpcLinkCommand,
    GetVpcLinksCommand,
    ImportApiKeysCommand,
    ImportDocumentationPartsCommand,
    ImportRestApiCommand,
    PutGatewayResponseCommand,
    PutIntegrationCommand,
    PutIntegrationResponseCommand,
    PutMethodCommand,
    PutMethodResponseCommand,
    PutRestApiCommand,
    RejectDomainNameAccessAssociationCommand,
    TagResourceCommand,
    TestInvokeAuthorizerCommand,
    TestInvokeMethodCommand,
    UntagResourceCommand,
    UpdateAccountCommand,
    UpdateApiKeyCommand,
    UpdateAuthorizerCommand,
    UpdateBasePathMappingCommand,
    UpdateClientCertificateCommand,
    UpdateDeploymentCommand,
    UpdateDocumentationPartCommand,
    UpdateDocumentationVersionCommand,
    UpdateDomainNameCommand,
    UpdateGatewayResponseCommand,
    UpdateIntegrationCommand,
    UpdateIntegrationResponseCommand,
    UpdateMethodCommand,
    UpdateMethodResponseCommand,
    UpdateModelCommand,
    UpdateRequestValidatorCommand,
    UpdateResourceCommand,
    UpdateRestApiCommand,
    UpdateStageCommand,
    UpdateUsageCommand,
    UpdateUsagePlanCommand,
    UpdateVpcLinkCommand,
};
const paginators = {
    paginateGetApiKeys,
    paginateGetBasePathMappings,
    paginateGetClientCertificates,
    paginateGetDeployments,
    paginateGetDomainNames,
    paginateGetModels,
    paginateGetResources,
    paginateGetRestApis,
    paginateGetUsage,
    paginateGetUsagePlanKeys,
    paginateGetUsagePlans,
    paginateGetVpcLinks,
};
class APIGateway extends APIGatewayClient {
}
createAggregatedClient(commands, APIGateway, { paginators });

const AccessAssociationSourceType = {
    VPCE: "VPCE",
};
const ApiKeysFormat = {
    csv: "csv",
};
const ApiKeySourceType = {
    AUTHORIZER: "AUTHORIZER",
    HEADER: "HEADER",
};
const ApiStatus = {
    AVAILABLE: "AVAILABLE",
    FAILED: "FAILED",
    PENDING: "PENDING",
    UPDATING: "UPDATING",
};
const AuthorizerType = {
    COGNITO_USER_POOLS: "COGNITO_USER_POOLS",
    REQUEST: "REQUEST",
    TOKEN: "TOKEN",
};
const CacheClusterSize = {
    SIZE_0_POINT_5_GB: "0.5",
    SIZE_118_GB: "118",
    SIZE_13_POINT_5_GB: "13.5",
    SIZE_1_POINT_6_GB: "1.6",
    SIZE_237_GB: "237",
    SIZE_28_POINT_4_GB: "28.4",
    SIZE_58_POINT_2_GB: "58.2",
    SIZE_6_POINT_1_GB: "6.1",
};
const DocumentationPartType = {
    API: "API",
    AUTHORIZER: "AUTHORIZER",
    METHOD: "METHOD",
    MODEL: "MODEL",
    PATH_PARAMETER: "PATH_PARAMETER",
    QUERY_PARAMETER: "QUERY_PARAMETER",
    REQUEST_BODY: "REQUEST_BODY",
    REQUEST_HEADER: "REQUEST_HEADER",
    RESOURCE: "RESOURCE",
    RESPONSE: "RESPONSE",
    RESPONSE_BODY: "RESPONSE_BODY",
    RESPONSE_HEADER: "RESPONSE_HEADER",
};
const EndpointAccessMode = {
    BASIC: "BASIC",
    STRICT: "STRICT",
};
const IpAddressType = {
    dualstack: "dualstack",
    ipv4: "ipv4",
};
const EndpointType = {
    EDGE: "EDGE",
    PRIVATE: "PRIVATE",
    REGIONAL: "REGIONAL",
};
const RoutingMode = {
    BASE_PATH_MAPPING_ONLY: "BASE_PATH_MAPPING_ONLY",
    ROUTING_RULE_ONLY: "ROUTING_RULE_ONLY",
    ROUTING_RULE_THEN_BASE_PATH_MAPPING: "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
};
const SecurityPolicy = {
    SecurityPolicy_TLS12_2018_EDGE: "SecurityPolicy_TLS12_2018_EDGE",
    SecurityPolicy_TLS12_PFS_2025_EDGE: "SecurityPolicy_TLS12_PFS_2025_EDGE",
    SecurityPolicy_TLS13_1_2_2021_06: "SecurityPolicy_TLS13_1_2_2021_06",
    SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09",
    SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09: "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09",
    SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09",
    SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09",
    SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09",
    SecurityPolicy_TLS13_1_2_PQ_2025_09: "SecurityPolicy_TLS13_1_2_PQ_2025_09",
    SecurityPolicy_TLS13_1_3_2025_09: "SecurityPolicy_TLS13_1_3_2025_09",
    SecurityPolicy_TLS13_1_3_FIPS_2025_09: "SecurityPolicy_TLS13_1_3_FIPS_2025_09",
    SecurityPolicy_TLS13_2025_EDGE: "SecurityPolicy_TLS13_2025_EDGE",
    TLS_1_0: "TLS_1_0",
    TLS_1_2: "TLS_1_2",
};
const DomainNameStatus = {
    AVAILABLE: "AVAILABLE",
    FAILED: "FAILED",
    PENDING: "PENDING",
    PENDING_CERTIFICATE_REIMPORT: "PENDING_CERTIFICATE_REIMPORT",
    PENDING_OWNERSHIP_VERIFICATION: "PENDING_OWNERSHIP_VERIFICATION",
    UPDATING: "UPDATING",
};
const ConnectionType = {
    INTERNET: "INTERNET",
    VPC_LINK: "VPC_LINK",
};
const ContentHandlingStrategy = {
    CONVERT_TO_BINARY: "CONVERT_TO_BINARY",
    CONVERT_TO_TEXT: "CONVERT_TO_TEXT",
};
const ResponseTransferMode = {
    BUFFERED: "BUFFERED",
    STREAM: "STREAM",
};
const IntegrationType = {
    AWS: "AWS",
    AWS_PROXY: "AWS_PROXY",
    HTTP: "HTTP",
    HTTP_PROXY: "HTTP_PROXY",
    MOCK: "MOCK",
};
const CacheClusterStatus = {
    AVAILABLE: "AVAILABLE",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    FLUSH_IN_PROGRESS: "FLUSH_IN_PROGRESS",
    NOT_AVAILABLE: "NOT_AVAILABLE",
};
const UnauthorizedCacheControlHeaderStrategy = {
    FAIL_WITH_403: "FAIL_WITH_403",
    SUCCEED_WITHOUT_RESPONSE_HEADER: "SUCCEED_WITHOUT_RESPONSE_HEADER",
    SUCCEED_WITH_RESPONSE_HEADER: "SUCCEED_WITH_RESPONSE_HEADER",
};
const QuotaPeriodType = {
    DAY: "DAY",
    MONTH: "MONTH",
    WEEK: "WEEK",
};
const VpcLinkStatus = {
    AVAILABLE: "AVAILABLE",
    DELETING: "DELETING",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const GatewayResponseType = {
    ACCESS_DENIED: "ACCESS_DENIED",
    API_CONFIGURATION_ERROR: "API_CONFIGURATION_ERROR",
    AUTHORIZER_CONFIGURATION_ERROR: "AUTHORIZER_CONFIGURATION_ERROR",
    AUTHORIZER_FAILURE: "AUTHORIZER_FAILURE",
    BAD_REQUEST_BODY: "BAD_REQUEST_BODY",
    BAD_REQUEST_PARAMETERS: "BAD_REQUEST_PARAMETERS",
    DEFAULT_4XX: "DEFAULT_4XX",
    DEFAULT_5XX: "DEFAULT_5XX",
    EXPIRED_TOKEN: "EXPIRED_TOKEN",
    INTEGRATION_FAILURE: "INTEGRATION_FAILURE",
    INTEGRATION_TIMEOUT: "INTEGRATION_TIMEOUT",
    INVALID_API_KEY: "INVALID_API_KEY",
    INVALID_SIGNATURE: "INVALID_SIGNATURE",
    MISSING_AUTHENTICATION_TOKEN: "MISSING_AUTHENTICATION_TOKEN",
    QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
    REQUEST_TOO_LARGE: "REQUEST_TOO_LARGE",
    RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
    THROTTLED: "THROTTLED",
    UNAUTHORIZED: "UNAUTHORIZED",
    UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
    WAF_FILTERED: "WAF_FILTERED",
};
const LocationStatusType = {
    DOCUMENTED: "DOCUMENTED",
    UNDOCUMENTED: "UNDOCUMENTED",
};
const ResourceOwner = {
    OTHER_ACCOUNTS: "OTHER_ACCOUNTS",
    SELF: "SELF",
};
const PutMode = {
    Merge: "merge",
    Overwrite: "overwrite",
};
const Op = {
    add: "add",
    copy: "copy",
    move: "move",
    remove: "remove",
    replace: "replace",
    test: "test",
};

__webpack_unused_export__ = APIGateway;
exports.UR2 = APIGatewayClient;
__webpack_unused_export__ = APIGatewayServiceException;
__webpack_unused_export__ = APIGatewayServiceException$;
__webpack_unused_export__ = AccessAssociationSourceType;
__webpack_unused_export__ = AccessLogSettings$;
__webpack_unused_export__ = Account$;
__webpack_unused_export__ = ApiKey$;
__webpack_unused_export__ = ApiKeyIds$;
__webpack_unused_export__ = ApiKeySourceType;
__webpack_unused_export__ = ApiKeys$;
__webpack_unused_export__ = ApiKeysFormat;
__webpack_unused_export__ = ApiStage$;
__webpack_unused_export__ = ApiStatus;
__webpack_unused_export__ = Authorizer$;
__webpack_unused_export__ = AuthorizerType;
__webpack_unused_export__ = Authorizers$;
__webpack_unused_export__ = BadRequestException;
__webpack_unused_export__ = BadRequestException$;
__webpack_unused_export__ = BasePathMapping$;
__webpack_unused_export__ = BasePathMappings$;
__webpack_unused_export__ = CacheClusterSize;
__webpack_unused_export__ = CacheClusterStatus;
__webpack_unused_export__ = CanarySettings$;
__webpack_unused_export__ = ClientCertificate$;
__webpack_unused_export__ = ClientCertificates$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ConnectionType;
__webpack_unused_export__ = ContentHandlingStrategy;
__webpack_unused_export__ = CreateApiKey$;
__webpack_unused_export__ = CreateApiKeyCommand;
__webpack_unused_export__ = CreateApiKeyRequest$;
__webpack_unused_export__ = CreateAuthorizer$;
__webpack_unused_export__ = CreateAuthorizerCommand;
__webpack_unused_export__ = CreateAuthorizerRequest$;
__webpack_unused_export__ = CreateBasePathMapping$;
__webpack_unused_export__ = CreateBasePathMappingCommand;
__webpack_unused_export__ = CreateBasePathMappingRequest$;
__webpack_unused_export__ = CreateDeployment$;
__webpack_unused_export__ = CreateDeploymentCommand;
__webpack_unused_export__ = CreateDeploymentRequest$;
__webpack_unused_export__ = CreateDocumentationPart$;
__webpack_unused_export__ = CreateDocumentationPartCommand;
__webpack_unused_export__ = CreateDocumentationPartRequest$;
__webpack_unused_export__ = CreateDocumentationVersion$;
__webpack_unused_export__ = CreateDocumentationVersionCommand;
__webpack_unused_export__ = CreateDocumentationVersionRequest$;
__webpack_unused_export__ = CreateDomainName$;
__webpack_unused_export__ = CreateDomainNameAccessAssociation$;
__webpack_unused_export__ = CreateDomainNameAccessAssociationCommand;
__webpack_unused_export__ = CreateDomainNameAccessAssociationRequest$;
__webpack_unused_export__ = CreateDomainNameCommand;
__webpack_unused_export__ = CreateDomainNameRequest$;
__webpack_unused_export__ = CreateModel$;
__webpack_unused_export__ = CreateModelCommand;
__webpack_unused_export__ = CreateModelRequest$;
__webpack_unused_export__ = CreateRequestValidator$;
__webpack_unused_export__ = CreateRequestValidatorCommand;
__webpack_unused_export__ = CreateRequestValidatorRequest$;
__webpack_unused_export__ = CreateResource$;
__webpack_unused_export__ = CreateResourceCommand;
__webpack_unused_export__ = CreateResourceRequest$;
__webpack_unused_export__ = CreateRestApi$;
__webpack_unused_export__ = CreateRestApiCommand;
__webpack_unused_export__ = CreateRestApiRequest$;
__webpack_unused_export__ = CreateStage$;
__webpack_unused_export__ = CreateStageCommand;
__webpack_unused_export__ = CreateStageRequest$;
__webpack_unused_export__ = CreateUsagePlan$;
__webpack_unused_export__ = CreateUsagePlanCommand;
__webpack_unused_export__ = CreateUsagePlanKey$;
__webpack_unused_export__ = CreateUsagePlanKeyCommand;
__webpack_unused_export__ = CreateUsagePlanKeyRequest$;
__webpack_unused_export__ = CreateUsagePlanRequest$;
__webpack_unused_export__ = CreateVpcLink$;
__webpack_unused_export__ = CreateVpcLinkCommand;
__webpack_unused_export__ = CreateVpcLinkRequest$;
__webpack_unused_export__ = DeleteApiKey$;
__webpack_unused_export__ = DeleteApiKeyCommand;
__webpack_unused_export__ = DeleteApiKeyRequest$;
__webpack_unused_export__ = DeleteAuthorizer$;
__webpack_unused_export__ = DeleteAuthorizerCommand;
__webpack_unused_export__ = DeleteAuthorizerRequest$;
__webpack_unused_export__ = DeleteBasePathMapping$;
__webpack_unused_export__ = DeleteBasePathMappingCommand;
__webpack_unused_export__ = DeleteBasePathMappingRequest$;
__webpack_unused_export__ = DeleteClientCertificate$;
__webpack_unused_export__ = DeleteClientCertificateCommand;
__webpack_unused_export__ = DeleteClientCertificateRequest$;
__webpack_unused_export__ = DeleteDeployment$;
__webpack_unused_export__ = DeleteDeploymentCommand;
__webpack_unused_export__ = DeleteDeploymentRequest$;
__webpack_unused_export__ = DeleteDocumentationPart$;
__webpack_unused_export__ = DeleteDocumentationPartCommand;
__webpack_unused_export__ = DeleteDocumentationPartRequest$;
__webpack_unused_export__ = DeleteDocumentationVersion$;
__webpack_unused_export__ = DeleteDocumentationVersionCommand;
__webpack_unused_export__ = DeleteDocumentationVersionRequest$;
__webpack_unused_export__ = DeleteDomainName$;
__webpack_unused_export__ = DeleteDomainNameAccessAssociation$;
__webpack_unused_export__ = DeleteDomainNameAccessAssociationCommand;
__webpack_unused_export__ = DeleteDomainNameAccessAssociationRequest$;
__webpack_unused_export__ = DeleteDomainNameCommand;
__webpack_unused_export__ = DeleteDomainNameRequest$;
__webpack_unused_export__ = DeleteGatewayResponse$;
__webpack_unused_export__ = DeleteGatewayResponseCommand;
__webpack_unused_export__ = DeleteGatewayResponseRequest$;
__webpack_unused_export__ = DeleteIntegration$;
__webpack_unused_export__ = DeleteIntegrationCommand;
__webpack_unused_export__ = DeleteIntegrationRequest$;
__webpack_unused_export__ = DeleteIntegrationResponse$;
__webpack_unused_export__ = DeleteIntegrationResponseCommand;
__webpack_unused_export__ = DeleteIntegrationResponseRequest$;
__webpack_unused_export__ = DeleteMethod$;
__webpack_unused_export__ = DeleteMethodCommand;
__webpack_unused_export__ = DeleteMethodRequest$;
__webpack_unused_export__ = DeleteMethodResponse$;
__webpack_unused_export__ = DeleteMethodResponseCommand;
__webpack_unused_export__ = DeleteMethodResponseRequest$;
__webpack_unused_export__ = DeleteModel$;
__webpack_unused_export__ = DeleteModelCommand;
__webpack_unused_export__ = DeleteModelRequest$;
__webpack_unused_export__ = DeleteRequestValidator$;
__webpack_unused_export__ = DeleteRequestValidatorCommand;
__webpack_unused_export__ = DeleteRequestValidatorRequest$;
__webpack_unused_export__ = DeleteResource$;
__webpack_unused_export__ = DeleteResourceCommand;
__webpack_unused_export__ = DeleteResourceRequest$;
__webpack_unused_export__ = DeleteRestApi$;
__webpack_unused_export__ = DeleteRestApiCommand;
__webpack_unused_export__ = DeleteRestApiRequest$;
__webpack_unused_export__ = DeleteStage$;
__webpack_unused_export__ = DeleteStageCommand;
__webpack_unused_export__ = DeleteStageRequest$;
__webpack_unused_export__ = DeleteUsagePlan$;
__webpack_unused_export__ = DeleteUsagePlanCommand;
__webpack_unused_export__ = DeleteUsagePlanKey$;
__webpack_unused_export__ = DeleteUsagePlanKeyCommand;
__webpack_unused_export__ = DeleteUsagePlanKeyRequest$;
__webpack_unused_export__ = DeleteUsagePlanRequest$;
__webpack_unused_export__ = DeleteVpcLink$;
__webpack_unused_export__ = DeleteVpcLinkCommand;
__webpack_unused_export__ = DeleteVpcLinkRequest$;
__webpack_unused_export__ = Deployment$;
__webpack_unused_export__ = DeploymentCanarySettings$;
__webpack_unused_export__ = Deployments$;
__webpack_unused_export__ = DocumentationPart$;
__webpack_unused_export__ = DocumentationPartIds$;
__webpack_unused_export__ = DocumentationPartLocation$;
__webpack_unused_export__ = DocumentationPartType;
__webpack_unused_export__ = DocumentationParts$;
__webpack_unused_export__ = DocumentationVersion$;
__webpack_unused_export__ = DocumentationVersions$;
__webpack_unused_export__ = DomainName$;
__webpack_unused_export__ = DomainNameAccessAssociation$;
__webpack_unused_export__ = DomainNameAccessAssociations$;
__webpack_unused_export__ = DomainNameStatus;
__webpack_unused_export__ = DomainNames$;
__webpack_unused_export__ = EndpointAccessMode;
__webpack_unused_export__ = EndpointConfiguration$;
__webpack_unused_export__ = EndpointType;
__webpack_unused_export__ = ExportResponse$;
__webpack_unused_export__ = FlushStageAuthorizersCache$;
__webpack_unused_export__ = FlushStageAuthorizersCacheCommand;
__webpack_unused_export__ = FlushStageAuthorizersCacheRequest$;
__webpack_unused_export__ = FlushStageCache$;
__webpack_unused_export__ = FlushStageCacheCommand;
__webpack_unused_export__ = FlushStageCacheRequest$;
__webpack_unused_export__ = GatewayResponse$;
__webpack_unused_export__ = GatewayResponseType;
__webpack_unused_export__ = GatewayResponses$;
__webpack_unused_export__ = GenerateClientCertificate$;
__webpack_unused_export__ = GenerateClientCertificateCommand;
__webpack_unused_export__ = GenerateClientCertificateRequest$;
__webpack_unused_export__ = GetAccount$;
__webpack_unused_export__ = GetAccountCommand;
__webpack_unused_export__ = GetAccountRequest$;
__webpack_unused_export__ = GetApiKey$;
__webpack_unused_export__ = GetApiKeyCommand;
__webpack_unused_export__ = GetApiKeyRequest$;
__webpack_unused_export__ = GetApiKeys$;
__webpack_unused_export__ = GetApiKeysCommand;
__webpack_unused_export__ = GetApiKeysRequest$;
__webpack_unused_export__ = GetAuthorizer$;
__webpack_unused_export__ = GetAuthorizerCommand;
__webpack_unused_export__ = GetAuthorizerRequest$;
__webpack_unused_export__ = GetAuthorizers$;
__webpack_unused_export__ = GetAuthorizersCommand;
__webpack_unused_export__ = GetAuthorizersRequest$;
__webpack_unused_export__ = GetBasePathMapping$;
__webpack_unused_export__ = GetBasePathMappingCommand;
__webpack_unused_export__ = GetBasePathMappingRequest$;
__webpack_unused_export__ = GetBasePathMappings$;
__webpack_unused_export__ = GetBasePathMappingsCommand;
__webpack_unused_export__ = GetBasePathMappingsRequest$;
__webpack_unused_export__ = GetClientCertificate$;
__webpack_unused_export__ = GetClientCertificateCommand;
__webpack_unused_export__ = GetClientCertificateRequest$;
__webpack_unused_export__ = GetClientCertificates$;
__webpack_unused_export__ = GetClientCertificatesCommand;
__webpack_unused_export__ = GetClientCertificatesRequest$;
__webpack_unused_export__ = GetDeployment$;
__webpack_unused_export__ = GetDeploymentCommand;
__webpack_unused_export__ = GetDeploymentRequest$;
__webpack_unused_export__ = GetDeployments$;
__webpack_unused_export__ = GetDeploymentsCommand;
__webpack_unused_export__ = GetDeploymentsRequest$;
__webpack_unused_export__ = GetDocumentationPart$;
__webpack_unused_export__ = GetDocumentationPartCommand;
__webpack_unused_export__ = GetDocumentationPartRequest$;
__webpack_unused_export__ = GetDocumentationParts$;
__webpack_unused_export__ = GetDocumentationPartsCommand;
__webpack_unused_export__ = GetDocumentationPartsRequest$;
__webpack_unused_export__ = GetDocumentationVersion$;
__webpack_unused_export__ = GetDocumentationVersionCommand;
__webpack_unused_export__ = GetDocumentationVersionRequest$;
__webpack_unused_export__ = GetDocumentationVersions$;
__webpack_unused_export__ = GetDocumentationVersionsCommand;
__webpack_unused_export__ = GetDocumentationVersionsRequest$;
__webpack_unused_export__ = GetDomainName$;
__webpack_unused_export__ = GetDomainNameAccessAssociations$;
__webpack_unused_export__ = GetDomainNameAccessAssociationsCommand;
__webpack_unused_export__ = GetDomainNameAccessAssociationsRequest$;
exports.Bqv = GetDomainNameCommand;
__webpack_unused_export__ = GetDomainNameRequest$;
__webpack_unused_export__ = GetDomainNames$;
__webpack_unused_export__ = GetDomainNamesCommand;
__webpack_unused_export__ = GetDomainNamesRequest$;
__webpack_unused_export__ = GetExport$;
__webpack_unused_export__ = GetExportCommand;
__webpack_unused_export__ = GetExportRequest$;
__webpack_unused_export__ = GetGatewayResponse$;
__webpack_unused_export__ = GetGatewayResponseCommand;
__webpack_unused_export__ = GetGatewayResponseRequest$;
__webpack_unused_export__ = GetGatewayResponses$;
__webpack_unused_export__ = GetGatewayResponsesCommand;
__webpack_unused_export__ = GetGatewayResponsesRequest$;
__webpack_unused_export__ = GetIntegration$;
__webpack_unused_export__ = GetIntegrationCommand;
__webpack_unused_export__ = GetIntegrationRequest$;
__webpack_unused_export__ = GetIntegrationResponse$;
__webpack_unused_export__ = GetIntegrationResponseCommand;
__webpack_unused_export__ = GetIntegrationResponseRequest$;
__webpack_unused_export__ = GetMethod$;
__webpack_unused_export__ = GetMethodCommand;
__webpack_unused_export__ = GetMethodRequest$;
__webpack_unused_export__ = GetMethodResponse$;
__webpack_unused_export__ = GetMethodResponseCommand;
__webpack_unused_export__ = GetMethodResponseRequest$;
__webpack_unused_export__ = GetModel$;
__webpack_unused_export__ = GetModelCommand;
__webpack_unused_export__ = GetModelRequest$;
__webpack_unused_export__ = GetModelTemplate$;
__webpack_unused_export__ = GetModelTemplateCommand;
__webpack_unused_export__ = GetModelTemplateRequest$;
__webpack_unused_export__ = GetModels$;
__webpack_unused_export__ = GetModelsCommand;
__webpack_unused_export__ = GetModelsRequest$;
__webpack_unused_export__ = GetRequestValidator$;
__webpack_unused_export__ = GetRequestValidatorCommand;
__webpack_unused_export__ = GetRequestValidatorRequest$;
__webpack_unused_export__ = GetRequestValidators$;
__webpack_unused_export__ = GetRequestValidatorsCommand;
__webpack_unused_export__ = GetRequestValidatorsRequest$;
__webpack_unused_export__ = GetResource$;
__webpack_unused_export__ = GetResourceCommand;
__webpack_unused_export__ = GetResourceRequest$;
__webpack_unused_export__ = GetResources$;
__webpack_unused_export__ = GetResourcesCommand;
__webpack_unused_export__ = GetResourcesRequest$;
__webpack_unused_export__ = GetRestApi$;
__webpack_unused_export__ = GetRestApiCommand;
__webpack_unused_export__ = GetRestApiRequest$;
__webpack_unused_export__ = GetRestApis$;
__webpack_unused_export__ = GetRestApisCommand;
__webpack_unused_export__ = GetRestApisRequest$;
__webpack_unused_export__ = GetSdk$;
__webpack_unused_export__ = GetSdkCommand;
__webpack_unused_export__ = GetSdkRequest$;
__webpack_unused_export__ = GetSdkType$;
__webpack_unused_export__ = GetSdkTypeCommand;
__webpack_unused_export__ = GetSdkTypeRequest$;
__webpack_unused_export__ = GetSdkTypes$;
__webpack_unused_export__ = GetSdkTypesCommand;
__webpack_unused_export__ = GetSdkTypesRequest$;
__webpack_unused_export__ = GetStage$;
__webpack_unused_export__ = GetStageCommand;
__webpack_unused_export__ = GetStageRequest$;
__webpack_unused_export__ = GetStages$;
__webpack_unused_export__ = GetStagesCommand;
__webpack_unused_export__ = GetStagesRequest$;
__webpack_unused_export__ = GetTags$;
__webpack_unused_export__ = GetTagsCommand;
__webpack_unused_export__ = GetTagsRequest$;
__webpack_unused_export__ = GetUsage$;
__webpack_unused_export__ = GetUsageCommand;
__webpack_unused_export__ = GetUsagePlan$;
__webpack_unused_export__ = GetUsagePlanCommand;
__webpack_unused_export__ = GetUsagePlanKey$;
__webpack_unused_export__ = GetUsagePlanKeyCommand;
__webpack_unused_export__ = GetUsagePlanKeyRequest$;
__webpack_unused_export__ = GetUsagePlanKeys$;
__webpack_unused_export__ = GetUsagePlanKeysCommand;
__webpack_unused_export__ = GetUsagePlanKeysRequest$;
__webpack_unused_export__ = GetUsagePlanRequest$;
__webpack_unused_export__ = GetUsagePlans$;
__webpack_unused_export__ = GetUsagePlansCommand;
__webpack_unused_export__ = GetUsagePlansRequest$;
__webpack_unused_export__ = GetUsageRequest$;
__webpack_unused_export__ = GetVpcLink$;
__webpack_unused_export__ = GetVpcLinkCommand;
__webpack_unused_export__ = GetVpcLinkRequest$;
__webpack_unused_export__ = GetVpcLinks$;
__webpack_unused_export__ = GetVpcLinksCommand;
__webpack_unused_export__ = GetVpcLinksRequest$;
__webpack_unused_export__ = ImportApiKeys$;
__webpack_unused_export__ = ImportApiKeysCommand;
__webpack_unused_export__ = ImportApiKeysRequest$;
__webpack_unused_export__ = ImportDocumentationParts$;
__webpack_unused_export__ = ImportDocumentationPartsCommand;
__webpack_unused_export__ = ImportDocumentationPartsRequest$;
__webpack_unused_export__ = ImportRestApi$;
__webpack_unused_export__ = ImportRestApiCommand;
__webpack_unused_export__ = ImportRestApiRequest$;
__webpack_unused_export__ = Integration$;
__webpack_unused_export__ = IntegrationResponse$;
__webpack_unused_export__ = IntegrationType;
__webpack_unused_export__ = IpAddressType;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = LocationStatusType;
__webpack_unused_export__ = Method$;
__webpack_unused_export__ = MethodResponse$;
__webpack_unused_export__ = MethodSetting$;
__webpack_unused_export__ = MethodSnapshot$;
__webpack_unused_export__ = Model$;
__webpack_unused_export__ = Models$;
__webpack_unused_export__ = MutualTlsAuthentication$;
__webpack_unused_export__ = MutualTlsAuthenticationInput$;
__webpack_unused_export__ = NotFoundException;
__webpack_unused_export__ = NotFoundException$;
__webpack_unused_export__ = Op;
__webpack_unused_export__ = PatchOperation$;
__webpack_unused_export__ = PutGatewayResponse$;
__webpack_unused_export__ = PutGatewayResponseCommand;
__webpack_unused_export__ = PutGatewayResponseRequest$;
__webpack_unused_export__ = PutIntegration$;
__webpack_unused_export__ = PutIntegrationCommand;
__webpack_unused_export__ = PutIntegrationRequest$;
__webpack_unused_export__ = PutIntegrationResponse$;
__webpack_unused_export__ = PutIntegrationResponseCommand;
__webpack_unused_export__ = PutIntegrationResponseRequest$;
__webpack_unused_export__ = PutMethod$;
__webpack_unused_export__ = PutMethodCommand;
__webpack_unused_export__ = PutMethodRequest$;
__webpack_unused_export__ = PutMethodResponse$;
__webpack_unused_export__ = PutMethodResponseCommand;
__webpack_unused_export__ = PutMethodResponseRequest$;
__webpack_unused_export__ = PutMode;
__webpack_unused_export__ = PutRestApi$;
__webpack_unused_export__ = PutRestApiCommand;
__webpack_unused_export__ = PutRestApiRequest$;
__webpack_unused_export__ = QuotaPeriodType;
__webpack_unused_export__ = QuotaSettings$;
__webpack_unused_export__ = RejectDomainNameAccessAssociation$;
__webpack_unused_export__ = RejectDomainNameAccessAssociationCommand;
__webpack_unused_export__ = RejectDomainNameAccessAssociationRequest$;
__webpack_unused_export__ = RequestValidator$;
__webpack_unused_export__ = RequestValidators$;
__webpack_unused_export__ = Resource$;
__webpack_unused_export__ = ResourceOwner;
__webpack_unused_export__ = Resources$;
__webpack_unused_export__ = ResponseTransferMode;
__webpack_unused_export__ = RestApi$;
__webpack_unused_export__ = RestApis$;
__webpack_unused_export__ = RoutingMode;
__webpack_unused_export__ = SdkConfigurationProperty$;
__webpack_unused_export__ = SdkResponse$;
__webpack_unused_export__ = SdkType$;
__webpack_unused_export__ = SdkTypes$;
__webpack_unused_export__ = SecurityPolicy;
__webpack_unused_export__ = ServiceUnavailableException;
__webpack_unused_export__ = ServiceUnavailableException$;
__webpack_unused_export__ = Stage$;
__webpack_unused_export__ = StageKey$;
__webpack_unused_export__ = Stages$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = Tags$;
__webpack_unused_export__ = Template$;
__webpack_unused_export__ = TestInvokeAuthorizer$;
__webpack_unused_export__ = TestInvokeAuthorizerCommand;
__webpack_unused_export__ = TestInvokeAuthorizerRequest$;
__webpack_unused_export__ = TestInvokeAuthorizerResponse$;
__webpack_unused_export__ = TestInvokeMethod$;
__webpack_unused_export__ = TestInvokeMethodCommand;
__webpack_unused_export__ = TestInvokeMethodRequest$;
__webpack_unused_export__ = TestInvokeMethodResponse$;
__webpack_unused_export__ = ThrottleSettings$;
__webpack_unused_export__ = TlsConfig$;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = UnauthorizedCacheControlHeaderStrategy;
__webpack_unused_export__ = UnauthorizedException;
__webpack_unused_export__ = UnauthorizedException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UpdateAccount$;
__webpack_unused_export__ = UpdateAccountCommand;
__webpack_unused_export__ = UpdateAccountRequest$;
__webpack_unused_export__ = UpdateApiKey$;
__webpack_unused_export__ = UpdateApiKeyCommand;
__webpack_unused_export__ = UpdateApiKeyRequest$;
__webpack_unused_export__ = UpdateAuthorizer$;
__webpack_unused_export__ = UpdateAuthorizerCommand;
__webpack_unused_export__ = UpdateAuthorizerRequest$;
__webpack_unused_export__ = UpdateBasePathMapping$;
__webpack_unused_export__ = UpdateBasePathMappingCommand;
__webpack_unused_export__ = UpdateBasePathMappingRequest$;
__webpack_unused_export__ = UpdateClientCertificate$;
__webpack_unused_export__ = UpdateClientCertificateCommand;
__webpack_unused_export__ = UpdateClientCertificateRequest$;
__webpack_unused_export__ = UpdateDeployment$;
__webpack_unused_export__ = UpdateDeploymentCommand;
__webpack_unused_export__ = UpdateDeploymentRequest$;
__webpack_unused_export__ = UpdateDocumentationPart$;
__webpack_unused_export__ = UpdateDocumentationPartCommand;
__webpack_unused_export__ = UpdateDocumentationPartRequest$;
__webpack_unused_export__ = UpdateDocumentationVersion$;
__webpack_unused_export__ = UpdateDocumentationVersionCommand;
__webpack_unused_export__ = UpdateDocumentationVersionRequest$;
__webpack_unused_export__ = UpdateDomainName$;
exports.SoV = UpdateDomainNameCommand;
__webpack_unused_export__ = UpdateDomainNameRequest$;
__webpack_unused_export__ = UpdateGatewayResponse$;
__webpack_unused_export__ = UpdateGatewayResponseCommand;
__webpack_unused_export__ = UpdateGatewayResponseRequest$;
__webpack_unused_export__ = UpdateIntegration$;
__webpack_unused_export__ = UpdateIntegrationCommand;
__webpack_unused_export__ = UpdateIntegrationRequest$;
__webpack_unused_export__ = UpdateIntegrationResponse$;
__webpack_unused_export__ = UpdateIntegrationResponseCommand;
__webpack_unused_export__ = UpdateIntegrationResponseRequest$;
__webpack_unused_export__ = UpdateMethod$;
__webpack_unused_export__ = UpdateMethodCommand;
__webpack_unused_export__ = UpdateMethodRequest$;
__webpack_unused_export__ = UpdateMethodResponse$;
__webpack_unused_export__ = UpdateMethodResponseCommand;
__webpack_unused_export__ = UpdateMethodResponseRequest$;
__webpack_unused_export__ = UpdateModel$;
__webpack_unused_export__ = UpdateModelCommand;
__webpack_unused_export__ = UpdateModelRequest$;
__webpack_unused_export__ = UpdateRequestValidator$;
__webpack_unused_export__ = UpdateRequestValidatorCommand;
__webpack_unused_export__ = UpdateRequestValidatorRequest$;
__webpack_unused_export__ = UpdateResource$;
__webpack_unused_export__ = UpdateResourceCommand;
__webpack_unused_export__ = UpdateResourceRequest$;
__webpack_unused_export__ = UpdateRestApi$;
__webpack_unused_export__ = UpdateRestApiCommand;
__webpack_unused_export__ = UpdateRestApiRequest$;
__webpack_unused_export__ = UpdateStage$;
__webpack_unused_export__ = UpdateStageCommand;
__webpack_unused_export__ = UpdateStageRequest$;
__webpack_unused_export__ = UpdateUsage$;
__webpack_unused_export__ = UpdateUsageCommand;
__webpack_unused_export__ = UpdateUsagePlan$;
__webpack_unused_export__ = UpdateUsagePlanCommand;
__webpack_unused_export__ = UpdateUsagePlanRequest$;
__webpack_unused_export__ = UpdateUsageRequest$;
__webpack_unused_export__ = UpdateVpcLink$;
__webpack_unused_export__ = UpdateVpcLinkCommand;
__webpack_unused_export__ = UpdateVpcLinkRequest$;
__webpack_unused_export__ = Usage$;
__webpack_unused_export__ = UsagePlan$;
__webpack_unused_export__ = UsagePlanKey$;
__webpack_unused_export__ = UsagePlanKeys$;
__webpack_unused_export__ = UsagePlans$;
__webpack_unused_export__ = VpcLink$;
__webpack_unused_export__ = VpcLinkStatus;
__webpack_unused_export__ = VpcLinks$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateGetApiKeys;
__webpack_unused_export__ = paginateGetBasePathMappings;
__webpack_unused_export__ = paginateGetClientCertificates;
__webpack_unused_export__ = paginateGetDeployments;
__webpack_unused_export__ = paginateGetDomainNames;
__webpack_unused_export__ = paginateGetModels;
__webpack_unused_export__ = paginateGetResources;
__webpack_unused_export__ = paginateGetRestApis;
__webpack_unused_export__ = paginateGetUsage;
__webpack_unused_export__ = paginateGetUsagePlanKeys;
__webpack_unused_export__ = paginateGetUsagePlans;
__webpack_unused_export__ = paginateGetVpcLinks;


/***/ }),

/***/ 8116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { HttpRequest } = __webpack_require__(3422);

function acceptHeaderMiddleware() {
    return (next) => async (args) => {
        const { request } = args;
        if (HttpRequest.isInstance(request)) {
            if (request.headers?.accept === undefined) {
                request.headers.accept = "application/json";
            }
        }
        return next({
            ...args,
            request,
        });
    };
}
const acceptHeaderMiddlewareOptions = {
    step: "build",
    tags: ["SET_ACCEPT_HEADER", "ACCEPT_HEADER"],
    name: "acceptHeaderMiddleware",
    override: true,
};
const getAcceptHeaderPlugin = (unused) => ({
    applyToStack: (clientStack) => {
        clientStack.add(acceptHeaderMiddleware(), acceptHeaderMiddlewareOptions);
    },
});

exports.acceptHeaderMiddleware = acceptHeaderMiddleware;
exports.acceptHeaderMiddlewareOptions = acceptHeaderMiddlewareOptions;
exports.getAcceptHeaderPlugin = getAcceptHeaderPlugin;


/***/ })

};
