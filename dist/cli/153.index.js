export const id = 153;
export const ids = [153];
export const modules = {

/***/ 6933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   NA: () => (/* binding */ sharedProfile),
/* harmony export */   U: () => (/* binding */ explainCredentials),
/* harmony export */   Zi: () => (/* binding */ awsContext)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(818);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6762);
/**
 * The SDK clients, and where AWS settings come from when no input names them, as the AWS CLI finds
 * them. The clients are built with nothing but the region, so the SDK's default credential chain
 * (environment, AWS_PROFILE in the shared credentials and config files, SSO, credential_process,
 * web identity, container and instance roles) and its standard endpoint variables
 * (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply. A credentials failure is explained
 * for whoever reads it: `aws` commands in a terminal, workflow steps on a runner.
 */






/**
 * Reads the front-end's environment like the SDK reads process.env: AWS_PROFILE, AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials. A terminal unless
 * GITHUB_ACTIONS is `true` (the runner sets it for the action and for a CLI run in a job); Settings
 * without an environment are the action's, so a runner too.
 */
function awsContext(environment) {
    const env = environment ?? {};
    const home = env.HOME || env.USERPROFILE || (env.HOMEPATH ? `${env.HOMEDRIVE || 'C:\\'}${env.HOMEPATH}` : undefined);
    const file = (variable, name) => env[variable] || (home ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.aws', name) : undefined);
    return {
        terminal: environment !== undefined && env.GITHUB_ACTIONS !== 'true',
        ...(env.AWS_PROFILE ? { profile: env.AWS_PROFILE } : {}),
        configFile: file('AWS_CONFIG_FILE', 'config'),
        credentialsFile: file('AWS_SHARED_CREDENTIALS_FILE', 'credentials'),
        configName: env.AWS_CONFIG_FILE || '~/.aws/config',
        credentialsName: env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials',
    };
}
/** The profile AWS_PROFILE names (else `default`) in the shared files, parsed by the SDK's own loader. */
async function sharedProfile(context) {
    if (!context.configFile && !context.credentialsFile)
        return { exists: false, region: undefined };
    const { configFile, credentialsFile } = await (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_3__.loadSharedConfigFiles)({
        configFilepath: context.configFile ?? node_os__WEBPACK_IMPORTED_MODULE_0__.devNull,
        filepath: context.credentialsFile ?? node_os__WEBPACK_IMPORTED_MODULE_0__.devNull,
        ignoreCache: true,
    });
    const name = context.profile ?? 'default';
    const inConfig = configFile[name];
    const inCredentials = credentialsFile[name];
    // The SDK's region lookup prefers the credentials file (NODE_REGION_CONFIG_FILE_OPTIONS).
    const region = _smithy_core_config__WEBPACK_IMPORTED_MODULE_3__.NODE_REGION_CONFIG_OPTIONS.configFileSelector({ ...inConfig, ...inCredentials }, configFile);
    return { exists: inConfig !== undefined || inCredentials !== undefined, region: region || undefined };
}
/** The SDK's error, or the AwsError that names the fix when it is a credentials problem. */
async function explained(error, context) {
    const name = error?.name;
    const provider = typeof name === 'string' && name.endsWith('ProviderError');
    const profileExists = context.profile && provider ? (await sharedProfile(context)).exists : undefined;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialsProblem */ .sL)(error, { ...context, profileExists }) ?? error;
}
/** Every call of the client: a credentials failure (no credentials, expired, rejected) leaves explained. */
function explainCredentials(stack, context) {
    stack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            throw await explained(error, context);
        }
    }, { step: 'initialize', name: 'mtlsTruststoreCredentialsAdvice', override: true });
}
const createAwsClients = (region, environment) => {
    const context = awsContext(environment);
    const s3 = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF({ region });
    const apiGateway = new _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_5__/* .APIGatewayClient */ .UR2({ region });
    explainCredentials(s3.middlewareStack, context);
    explainCredentials(apiGateway.middlewareStack, context);
    return { s3, apiGateway };
};
//# sourceMappingURL=clients.js.map

/***/ }),

/***/ 7153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createElbClient: () => (/* binding */ createElbClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6933);
/**
 * The Elastic Load Balancing (v2) client for trust stores, built like the S3 and API Gateway ones
 * (src/aws/clients.ts): nothing but the region, so the SDK's default credential chain and its
 * standard endpoint variable (AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2) apply, and a credentials
 * failure is explained for whoever reads it.
 */


/** `environment`: the front-end's (settings.environment), for AWS_PROFILE, the shared files and the advice. */
function createElbClient(region, environment) {
    const client = new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD({ region });
    (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .explainCredentials */ .U)(client.middlewareStack, (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .awsContext */ .Zi)(environment));
    return client;
}
//# sourceMappingURL=client.js.map

/***/ })

};
